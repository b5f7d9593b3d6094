using System.CommandLine;
using TtpSim.Scenarios.Reliability;

namespace TtpSim.Cli.Commands;

/// <summary>Intercoder agreement between two codings of the same sources, as the codebook publishes it.</summary>
public static class AgreementCommand
{
    public static Command Create()
    {
        var first = new Argument<FileInfo>("first") { Description = "The first coding (a scenario file)" };
        var second = new Argument<FileInfo>("second") { Description = "The second coding of the same sources" };
        var matching = new Option<FileInfo>("--matching")
        {
            Description = "Which events are the same act: pairs [{ first, second }], onlyInFirst, onlyInSecond",
            Required = true,
        };
        var command = new Command("agreement", "Compare two codings of the same sources event by event: per variable, the units, how many agree and Krippendorff's alpha.\n\n"
            + "Example: ./ttpsim agreement docs/reliability/first-coding.yaml docs/reliability/second-coding.yaml --matching docs/reliability/matching.yaml")
        {
            first, second, matching,
        };
        command.SetAction(parse => CommandRunner.Run(parse.InvocationConfiguration.Error, () =>
        {
            var comparison = CodingComparison.Compare(
                File.ReadAllText(parse.GetRequiredValue(first).FullName),
                File.ReadAllText(parse.GetRequiredValue(second).FullName),
                File.ReadAllText(parse.GetRequiredValue(matching).FullName));
            parse.InvocationConfiguration.Output.Write(comparison.Table());
            return ExitCodes.Ok;
        }));
        return command;
    }
}
