using TtpSim.Scenarios.Loading;

namespace TtpSim.Scenarios.Tests;

/// <summary>
/// A scenario is <c>NAME.yaml</c> or <c>NAME.jsonl</c> in its folder: a what-if may be based on either, and a
/// name two files claim is refused where it is used, naming both, rather than one being picked.
/// </summary>
public sealed class ScenarioFilesTests : IDisposable
{
    private const string BaseHeader = """{"scenario":"history","title":"A history","actors":[{"id":"ttp","name":"TTP","kind":"militant"}]}""";

    private const string BaseEvent = """{"id":"attack","type":"AttackClaimed","date":"2021-12-12","perpetrator":"ttp","location":"Somewhere","target":"Someone"}""";

    private const string WhatIf = "scenario: probe\ntitle: What if\nbasedOn: history\ndivergesFrom: 2021-12-09\nremove:\n  - event: attack\n";

    private readonly string folder = Directory.CreateTempSubdirectory("ttpsim-files-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_what_if_is_based_on_a_jsonl_history_by_name()
    {
        File.WriteAllText(Path.Combine(folder, "history.jsonl"), $"{BaseHeader}\n{BaseEvent}\n");
        var probe = Write("probe.yaml", WhatIf);

        var scenario = new ScenarioLoader().LoadFile(probe);

        Assert.Equal("history", scenario.BasedOn);
        Assert.Empty(scenario.Events);
        Assert.Equal(["history.jsonl", "probe.yaml"], ScenarioFiles.In(folder).Select(Path.GetFileName));
    }

    [Fact]
    public void A_base_name_that_two_files_claim_is_refused_at_basedOn_naming_both()
    {
        File.WriteAllText(Path.Combine(folder, "history.jsonl"), $"{BaseHeader}\n{BaseEvent}\n");
        Write("history.yaml", "scenario: history\ntitle: A history\nactors: []\nevents: []\n");
        var probe = Write("probe.yaml", WhatIf);

        var error = Assert.Throws<ScenarioException>(() => new ScenarioLoader().LoadFile(probe)).Error;

        Assert.Equal(("probe.yaml", 3, "basedOn"), (error.File, error.Line, error.Field));
        Assert.Contains("two files for scenario 'history'", error.Message, StringComparison.Ordinal);
        Assert.Contains("history.yaml and history.jsonl", error.Message, StringComparison.Ordinal);
        Assert.Equal([("history", 2)], ScenarioFiles.Ambiguous(folder).Select(a => (a.Name, a.Files.Count)));
    }

    [Fact]
    public void A_missing_base_is_suggested_from_jsonl_files_too()
    {
        File.WriteAllText(Path.Combine(folder, "history.jsonl"), $"{BaseHeader}\n{BaseEvent}\n");
        var probe = Write("probe.yaml", WhatIf.Replace("basedOn: history", "basedOn: histry", StringComparison.Ordinal));

        var error = Assert.Throws<ScenarioException>(() => new ScenarioLoader().LoadFile(probe)).Error;

        Assert.Equal("basedOn", error.Field);
        Assert.Contains("did you mean 'history'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_files_in_the_folder_are_no_scenarios()
    {
        Write("notes.txt", "not a scenario");
        Write("history.yaml.bak", "scenario: history\n");
        Write("history.yaml", "scenario: history\ntitle: A history\nactors: []\nevents: []\n");

        Assert.Equal(["history.yaml"], ScenarioFiles.In(folder).Select(Path.GetFileName));
        Assert.Equal(Path.Combine(folder, "history.yaml"), ScenarioFiles.Find(folder, "history"));
        Assert.Null(ScenarioFiles.Find(folder, "notes"));
    }

    private string Write(string file, string text)
    {
        var path = Path.Combine(folder, file);
        File.WriteAllText(path, text);
        return path;
    }
}
