namespace TtpSim.Storage.EventStore;

/// <summary>Marten and Npgsql wrap what they catch, so the error that explains a failure may sit several levels down.</summary>
internal static class ExceptionChain
{
    /// <summary>Whether the error, or one it wraps, is a <typeparamref name="T"/> that <paramref name="matches"/>.</summary>
    public static bool FindInChain<T>(this Exception error, Func<T, bool>? matches = null)
        where T : Exception =>
        error.FirstInChain(matches) is not null;

    /// <summary>The outermost <typeparamref name="T"/> that <paramref name="matches"/>, among the error and those it wraps.</summary>
    public static T? FirstInChain<T>(this Exception error, Func<T, bool>? matches = null)
        where T : Exception
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is T found && (matches is null || matches(found)))
            {
                return found;
            }
        }

        return null;
    }
}
