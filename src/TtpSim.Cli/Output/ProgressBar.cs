using Spectre.Console;

namespace TtpSim.Cli.Output;

/// <summary>
/// A progress bar for long work (replaying a big file, a simulation, a benchmark), drawn only for a
/// person at a terminal: when the output is piped, or CI is set, the work runs silently, so logs and
/// captured output stay clean. The bar is cleared when the work ends, leaving the command's own output.
/// </summary>
public static class ProgressBar
{
    public static async Task<T> RunAsync<T>(TextWriter output, string description, double total, Func<IWorkProgress, Task<T>> work)
    {
        if (!Terminal.IsInteractive(output))
        {
            return await work(Silent.Instance);
        }

        return await Terminal.Over(output).Progress()
            .AutoClear(true)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(description), maxValue: total);
                return await work(new SpectreTask(task));
            });
    }

    private sealed class SpectreTask(ProgressTask task) : IWorkProgress
    {
        public void Start(string description, double total)
        {
            task.Description = Markup.Escape(description);
            task.MaxValue = total;
            task.Value = 0;
        }

        public void Advance(double steps = 1) => task.Increment(steps);

        public void Describe(string description) => task.Description = Markup.Escape(description);
    }

    private sealed class Silent : IWorkProgress
    {
        public static readonly Silent Instance = new();

        public void Start(string description, double total)
        {
        }

        public void Advance(double steps = 1)
        {
        }

        public void Describe(string description)
        {
        }
    }
}
