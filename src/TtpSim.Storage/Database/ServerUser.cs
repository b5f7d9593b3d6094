namespace TtpSim.Storage.Database;

/// <summary>The user the PostgreSQL tools run as when TtpSim runs as root, and the home that user can always reach.</summary>
internal sealed record ServerUser(string Name, string Home)
{
    /// <summary>The postgres user (Debian's server package makes it) when we are root; null otherwise, when the tools run as we do.</summary>
    public static ServerUser? WhenRoot()
    {
        if (Environment.UserName != "root")
        {
            return null;
        }

        // initdb and pg_ctl refuse to run as root.
        var entry = File.ReadLines("/etc/passwd").Select(l => l.Split(':')).FirstOrDefault(f => f.Length >= 6 && f[0] == "postgres");
        return entry is null
            ? throw new DatabaseUnavailableException("running as root, and there is no 'postgres' user to run the PostgreSQL server as: install the postgresql package or set TTPSIM_CONNECTION")
            : new ServerUser(entry[0], entry[5]);
    }
}
