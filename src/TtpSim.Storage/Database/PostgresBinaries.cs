namespace TtpSim.Storage.Database;

/// <summary>Where initdb and pg_ctl are: on PATH, or under /usr/lib/postgresql/VERSION/bin (newest first).</summary>
public sealed record PostgresBinaries(string InitDb, string PgCtl)
{
    public const string MissingMessage =
        "no PostgreSQL server found (initdb and pg_ctl): install one (Debian/Ubuntu: apt-get install postgresql) or set TTPSIM_CONNECTION to an Npgsql connection string";

    /// <summary>Names the folder holding initdb and pg_ctl, instead of searching PATH and /usr/lib/postgresql.</summary>
    public const string BinariesVariable = "TTPSIM_POSTGRES_BIN";

    public static PostgresBinaries? Find()
    {
        var configured = Environment.GetEnvironmentVariable(BinariesVariable);
        var candidates = !string.IsNullOrWhiteSpace(configured)
            ? [configured]
            : (Environment.GetEnvironmentVariable("PATH") ?? "")
                .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Concat(VersionedDirectories());
        foreach (var directory in candidates)
        {
            var initDb = Path.Combine(directory, "initdb");
            var pgCtl = Path.Combine(directory, "pg_ctl");
            if (File.Exists(initDb) && File.Exists(pgCtl))
            {
                return new PostgresBinaries(initDb, pgCtl);
            }
        }

        return null;
    }

    private static IEnumerable<string> VersionedDirectories()
    {
        const string root = "/usr/lib/postgresql";
        if (!Directory.Exists(root))
        {
            return [];
        }

        return Directory.GetDirectories(root)
            .Select(d => (Directory: d, Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
            .OrderByDescending(x => x.Version)
            .Select(x => Path.Combine(x.Directory, "bin"));
    }
}
