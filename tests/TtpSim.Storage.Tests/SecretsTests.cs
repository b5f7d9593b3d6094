using TtpSim.Storage.Database;

namespace TtpSim.Storage.Tests;

/// <summary>What the CLI prints passes through <see cref="Secrets.Redact"/>: no password gets through, whatever its form.</summary>
public class SecretsTests
{
    [Theory]
    [InlineData("Host=h;Password=Sekrit-1;Database=d", "Host=h;Password=***;Database=d")]
    [InlineData("host=h;password = Sekrit-1", "host=h;password = ***")]
    [InlineData("Host=h;PWD=Sekrit-1", "Host=h;PWD=***")]
    [InlineData("Host=h;Password='Sek;rit-1';Database=d", "Host=h;Password=***;Database=d")]
    [InlineData("Host=h;Password=\"Sek rit-1\"", "Host=h;Password=***")]
    [InlineData("Host=h;Password=Sek rit 1", "Host=h;Password=***")]
    public void A_password_setting_is_masked_even_if_never_remembered(string text, string expected) =>
        Assert.Equal(expected, Secrets.Redact(text));

    [Fact]
    public void A_remembered_password_is_masked_wherever_it_appears()
    {
        Secrets.Remember("Remembered-Pw-51");

        Assert.Equal("login as x with *** failed (***)", Secrets.Redact("login as x with Remembered-Pw-51 failed (Remembered-Pw-51)"));
    }

    [Fact]
    public void A_password_containing_another_is_masked_whole()
    {
        Secrets.Remember("abc-Short");
        Secrets.Remember("abc-Short-and-longer");

        Assert.Equal("***", Secrets.Redact("abc-Short-and-longer"));
    }

    [Fact]
    public void Text_without_secrets_is_left_alone() =>
        Assert.Equal("cannot reach the database: Failed to connect to 127.0.0.1:5432", Secrets.Redact("cannot reach the database: Failed to connect to 127.0.0.1:5432"));
}
