using System.Text;
using TtpSim.Scenarios.Loading;

namespace TtpSim.Scenarios.Import;

/// <summary>One record of a CSV file: the line it starts on, and each field with the column it starts at.</summary>
internal sealed record CsvRow(int Line, IReadOnlyList<string> Fields, IReadOnlyList<int> Columns);

/// <summary>
/// Reads RFC 4180 CSV one record at a time (quoted fields may hold commas, doubled quotes and line breaks),
/// so a file of any length is never held. A quote left open at the end of the file is a located error.
/// </summary>
internal static class CsvRows
{
    public static IEnumerable<CsvRow> Read(TextReader reader, string label)
    {
        var line = 1;
        var fields = new List<string>();
        var columns = new List<int>();
        var field = new StringBuilder();
        var column = 1;
        var fieldColumn = 1;
        var quoted = false;
        var rowLine = 1;
        var any = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            any = true;
            if (quoted)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        column++;
                        field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                        column = 0;
                    }

                    field.Append((char)c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                columns.Add(fieldColumn);
                field.Clear();
                fieldColumn = column + 1;
            }
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r' && reader.Peek() == '\n')
                {
                    reader.Read();
                }

                fields.Add(field.ToString());
                columns.Add(fieldColumn);
                yield return new CsvRow(rowLine, fields, columns);
                fields = [];
                columns = [];
                field.Clear();
                line++;
                rowLine = line;
                column = 0;
                fieldColumn = 1;
                any = false;
            }
            else
            {
                field.Append((char)c);
            }

            column++;
        }

        if (quoted)
        {
            throw new ScenarioException(new ScenarioError(label, rowLine, fieldColumn, null, "a quoted field is not closed before the end of the file"));
        }

        if (any)
        {
            fields.Add(field.ToString());
            columns.Add(fieldColumn);
            yield return new CsvRow(rowLine, fields, columns);
        }
    }
}
