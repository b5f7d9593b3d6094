namespace TtpSim.Storage.EventStore;

internal static class ExceptionChain
{
    /// <summary>
    /// Whether the error, or one it wraps, is a <typeparamref name="T"/> that <paramref name="matches"/>
    /// (Marten and Npgsql wrap what they catch).
    /// </summary>
    public static bool FindInChain<T>(this Exception error, Func<T, bool>? matches = null)
        where T : Exception
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is T found && (matches is null || matches(found)))
            {
                return true;
            }
        }

        return false;
    }
}
