using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using TtpSim.Scenarios.Loading;

namespace TtpSim.Scenarios.Tests;

/// <summary>
/// A scenario file cannot make TtpSim read or include another file, least of all one outside the
/// scenarios folder, and no YAML tag can make it create an object. The folder beside the scenarios
/// holds a secret and is watched with inotify while scenarios that try to reach it are loaded.
/// </summary>
public sealed class FileAccessTests : IDisposable
{
    private const string Secret = "secret-canary-4d1e";

    private readonly string root = Directory.CreateTempSubdirectory("ttpsim-access-").FullName;
    private readonly string scenarios;
    private readonly string outside;

    public FileAccessTests()
    {
        scenarios = Directory.CreateDirectory(Path.Combine(root, "scenarios")).FullName;
        outside = Directory.CreateDirectory(Path.Combine(root, "outside")).FullName;
        File.WriteAllText(Path.Combine(outside, "article.txt"), Secret);
        File.WriteAllText(Path.Combine(outside, "secret.yaml"), $"scenario: secret\ntitle: {Secret}\nactors: []\nevents: []\n");
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private const string Events = """
        actors:
          - { id: ttp, name: TTP, kind: militant }
        events:
          - id: attack
            type: AttackClaimed
            date: 2021-12-12
            perpetrator: ttp
            location: Somewhere
            target: Someone
        """;

    /// <summary>How a file might try to reach the outside folder, and a word the refusal must contain.</summary>
    public static TheoryData<string, string, string> WaysToReachAnotherFile => new()
    {
        { "source named by a relative path", $"sources:\n  - {{ file: ../outside/article.txt, outlet: o, title: t, published: 2021 }}\n{Events}", "plain file name" },
        { "source named by an absolute path", $"sources:\n  - {{ file: OUTSIDE/article.txt, outlet: o, title: t, published: 2021 }}\n{Events}", "plain file name" },
        { "source named by the parent folder", $"sources:\n  - {{ file: '..', outlet: o, title: t, published: 2021 }}\n{Events}", "plain file name" },
        { "an include tag", $"question: !include ../outside/secret.yaml\n{Events}", "YAML tags" },
        { "an include tag declared with %TAG", $"%TAG !inc! tag:include:\n---\nscenario: probe\ntitle: !inc!../outside/secret.yaml\n{Events}", "YAML tags" },
        { "a merge key from an alias", $"base: &base {{ title: x }}\n<<: *base\n{Events}", "anchors" },
        { "a basedOn reference leading out of the scenarios folder", $"basedOn: ../outside/secret\n{Events}", "basedOn" },
    };

    [Fact]
    public void The_watch_sees_the_loader_open_the_file_it_is_given()
    {
        var file = Write("probe", Events);
        using var watch = new FileOpenWatch(scenarios);

        var scenario = new ScenarioLoader().LoadFile(file);

        Assert.Single(scenario.Events);
        Assert.Equal(["probe.yaml"], watch.OpenedFiles());
    }

    [Theory]
    [MemberData(nameof(WaysToReachAnotherFile))]
    public void A_scenario_cannot_reach_a_file_outside_its_folder(string how, string body, string refusal)
    {
        var file = Write("probe", body.Replace("OUTSIDE", outside, StringComparison.Ordinal));
        using var watch = new FileOpenWatch(outside);

        var error = Assert.Throws<ScenarioException>(() => new ScenarioLoader().LoadFile(file)).Error;

        Assert.True(error.Line >= 1, $"{how}: the error names no line: {error}");
        Assert.Contains(refusal, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, error.ToString(), StringComparison.Ordinal);
        Assert.Empty(watch.OpenedFiles());
    }

    [Fact]
    public void A_base_that_is_a_link_leading_out_of_the_folder_is_refused_at_basedOn_and_not_opened()
    {
        File.CreateSymbolicLink(Path.Combine(scenarios, "secret.yaml"), Path.Combine("..", "outside", "secret.yaml"));
        var file = Write("probe", "basedOn: secret\ndivergesFrom: 2021-12-09\n");
        using var watch = new FileOpenWatch(outside);

        var error = Assert.Throws<ScenarioException>(() => new ScenarioLoader().LoadFile(file)).Error;

        Assert.Equal(("probe.yaml", 3, "basedOn"), (error.File, error.Line, error.Field));
        Assert.Contains("symbolic link", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, error.ToString(), StringComparison.Ordinal);
        Assert.Empty(watch.OpenedFiles());
    }

    [Fact]
    public void A_scenario_file_that_is_a_link_leading_out_of_the_folder_is_refused_and_not_opened()
    {
        var link = Path.Combine(scenarios, "secret.yaml");
        File.CreateSymbolicLink(link, Path.Combine(outside, "secret.yaml"));
        using var watch = new FileOpenWatch(outside);

        var error = Assert.Throws<ScenarioException>(() => new ScenarioLoader().LoadFile(link)).Error;

        Assert.Equal("secret.yaml", error.File);
        Assert.Contains("symbolic link", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, error.ToString(), StringComparison.Ordinal);
        Assert.Empty(watch.OpenedFiles());
    }

    [Fact]
    public void A_link_that_stays_inside_the_folder_loads()
    {
        var kept = Directory.CreateDirectory(Path.Combine(scenarios, "kept")).FullName;
        File.WriteAllText(Path.Combine(kept, "base.yaml"), $"scenario: base\ntitle: A base\n{Events}\n");
        File.CreateSymbolicLink(Path.Combine(scenarios, "base.yaml"), Path.Combine("kept", "base.yaml"));
        var file = Write("probe", "basedOn: base\ndivergesFrom: 2021-12-09\nremove:\n  - event: attack\n");

        var scenario = new ScenarioLoader().LoadFile(file);

        Assert.Empty(scenario.Events);
    }

    [Fact]
    public void A_source_with_a_plain_file_name_loads_and_its_file_is_not_opened()
    {
        File.WriteAllText(Path.Combine(scenarios, "article.txt"), Secret);
        var file = Write("probe", $"sources:\n  - {{ file: article.txt, outlet: o, title: t, published: 2021 }}\n{Events}");
        using var watch = new FileOpenWatch(scenarios);

        var scenario = new ScenarioLoader().LoadFile(file);

        Assert.Equal("article.txt", Assert.Single(scenario.Sources).File);
        Assert.Equal(["probe.yaml"], watch.OpenedFiles());
    }

    [Theory]
    [InlineData("title: !!python/object:os.system rm")]
    [InlineData("title: !<tag:yaml.org,2002:System.Diagnostics.Process> {}")]
    [InlineData("title: !System.IO.FileInfo /etc/passwd")]
    [InlineData("title: A title\nquestion: !!binary aGVsbG8=")]
    [InlineData("title: A title\nquestion: !TtpSim.Scenarios.Loading.Scenario\n  name: x")]
    [InlineData("title: A title\n!!str question: q")]
    [InlineData("title: A title\nquestion: !!seq [a]")]
    [InlineData("title: A title\nquestion: !!map { a: b }")]
    [InlineData("%TAG !net! tag:dotnet,2000:System.\n---\nscenario: probe\ntitle: !net!Diagnostics.Process {}")]
    public void A_yaml_tag_is_refused_where_it_stands(string head)
    {
        var text = head.StartsWith('%') ? $"{head}\n{Events}" : $"scenario: probe\n{head}\n{Events}";

        var error = Assert.Throws<ScenarioException>(() => new ScenarioLoader().LoadText(text, "probe.yaml")).Error;

        Assert.Contains("YAML tags", error.Message, StringComparison.Ordinal);
        Assert.True(error.Line >= 1, error.ToString());
    }

    /// <summary>
    /// Tags can only create objects through YamlDotNet's serialization layer (its deserializer and object
    /// factories); the loader reads the parser's events and must not so much as refer to that layer.
    /// </summary>
    [Fact]
    public void The_loader_never_refers_to_a_yaml_deserializer()
    {
        using var file = File.OpenRead(typeof(ScenarioLoader).Assembly.Location);
        using var assembly = new PEReader(file);
        var metadata = assembly.GetMetadataReader();

        var serialization = metadata.TypeReferences
            .Select(handle => metadata.GetTypeReference(handle))
            .Select(type => $"{metadata.GetString(type.Namespace)}.{metadata.GetString(type.Name)}")
            .Where(name => name.StartsWith("YamlDotNet.Serialization", StringComparison.Ordinal))
            .ToList();

        Assert.Empty(serialization);
    }

    /// <summary>Writes scenarios/NAME.yaml; a body that begins with a YAML directive is the whole file.</summary>
    private string Write(string name, string body)
    {
        var path = Path.Combine(scenarios, $"{name}.yaml");
        File.WriteAllText(path, body.StartsWith('%') ? $"{body}\n" : $"scenario: {name}\ntitle: A probe\n{body}\n");
        return path;
    }
}
