namespace TtpSim.Storage.EventStore;

internal static class ExceptionChain
{
    /// <summary>Whether the error, or one it wraps, is a <typeparamref name="T"/> (Marten and Npgsql wrap what they catch).</summary>
    public static bool FindInChain<T>(this Exception error)
        where T : Exception
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is T)
            {
                return true;
            }
        }

        return false;
    }
}
