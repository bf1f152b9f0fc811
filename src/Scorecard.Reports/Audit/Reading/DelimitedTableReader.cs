using System.Text;

namespace Scorecard.Reports.Audit.Reading;

/// <summary>
/// Reads tab- or comma-separated text. The delimiter is a tab when the first non-blank line contains
/// one, otherwise a comma. A field that starts with a double quote is quoted as in RFC 4180 and may
/// hold delimiters, doubled quotes and line breaks.
/// </summary>
/// <remarks>
/// NOTE: a comma-separated file whose numbers carry unquoted thousands separators (168,218) cannot
/// be split correctly. Its rows come out too long, so the audit reports them as misaligned or unreadable.
/// </remarks>
internal static class DelimitedTableReader
{
    public static RawTable Read(string file, string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var delimiter = DetectDelimiter(text);
        var rows = new List<RawRow>();
        var cells = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var rowLine = 1;
        var position = 0;
        var atFieldStart = true;

        while (position < text.Length)
        {
            var character = text[position];
            if (atFieldStart && character == '"')
            {
                position = ReadQuoted(text, position + 1, field, ref line);
                atFieldStart = false;
                continue;
            }

            if (character == delimiter)
            {
                cells.Add(field.ToString());
                field.Clear();
                atFieldStart = true;
                position++;
                continue;
            }

            if (character is '\r' or '\n')
            {
                cells.Add(field.ToString());
                field.Clear();
                rows.Add(new RawRow(rowLine, cells.ToArray()));
                cells.Clear();
                position += character == '\r' && position + 1 < text.Length && text[position + 1] == '\n' ? 2 : 1;
                line++;
                rowLine = line;
                atFieldStart = true;
                continue;
            }

            field.Append(character);
            atFieldStart = false;
            position++;
        }

        // The last line may lack a line break; its cells still form a row.
        if (field.Length > 0 || cells.Count > 0)
        {
            cells.Add(field.ToString());
            rows.Add(new RawRow(rowLine, cells.ToArray()));
        }

        return new RawTable(file, ScorecardFileFormat.Delimited, rows);
    }

    private static char DetectDelimiter(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            if (line.Trim().Length == 0)
            {
                continue;
            }

            return line.Contains('\t') ? '\t' : ',';
        }

        return '\t';
    }

    // Reads a quoted field's content after its opening quote and returns the position after the closing quote.
    // An unclosed quote takes the rest of the text, as spreadsheet programs do.
    private static int ReadQuoted(string text, int position, StringBuilder field, ref int line)
    {
        while (position < text.Length)
        {
            var character = text[position];
            if (character == '"')
            {
                if (position + 1 < text.Length && text[position + 1] == '"')
                {
                    field.Append('"');
                    position += 2;
                    continue;
                }

                return position + 1;
            }

            if (character == '\n')
            {
                line++;
            }

            field.Append(character);
            position++;
        }

        return position;
    }
}
