namespace TtpSim.Storage.Database;

/// <summary>No database could be had; the message is one plain line saying what to install or set.</summary>
public sealed class DatabaseUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
