using System.Globalization;
using System.Text;

namespace Scorecard.Data.Synthetic;

/// <summary>
/// Writes a CSV file row by row: UTF-8 without a byte-order mark, comma-separated, <c>\n</c> line
/// ends, and RFC 4180 quoting of any field that contains a comma, a double quote or a line break.
/// Numbers and dates are written in the invariant culture so the bytes do not depend on the machine.
/// </summary>
internal sealed class CsvFileWriter : IDisposable
{
    private const int BufferBytes = 1 << 20;

    private static readonly string[] DecimalFormats = ["F0", "F1", "F2", "F3", "F4", "F5", "F6"];

    private readonly StreamWriter _writer;
    private bool _rowStarted;

    /// <summary>Creates or replaces <paramref name="path"/> and writes <paramref name="header"/> as its first row.</summary>
    public CsvFileWriter(string path, IReadOnlyList<string> header)
    {
        Path = path;
        _writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), BufferBytes)
        {
            NewLine = "\n",
        };
        foreach (var column in header)
        {
            Field(column);
        }

        EndRow();
    }

    public string Path { get; }

    /// <summary>Data rows written so far, not counting the header.</summary>
    public long Rows { get; private set; } = -1;

    /// <summary>Writes a text field, quoted when it needs to be; null writes an empty field.</summary>
    public void Field(string? value)
    {
        Separate();
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            _writer.Write(value);
            return;
        }

        _writer.Write('"');
        _writer.Write(value.Replace("\"", "\"\""));
        _writer.Write('"');
    }

    /// <summary>Writes an integer field.</summary>
    public void Field(long value)
    {
        Separate();
        Span<char> buffer = stackalloc char[20];
        value.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture);
        _writer.Write(buffer[..written]);
    }

    /// <summary>Writes a number with the given count of decimal places, such as 1.2345 for 4.</summary>
    public void Field(double value, int decimals)
    {
        Separate();
        Span<char> buffer = stackalloc char[32];
        value.TryFormat(buffer, out var written, DecimalFormats[decimals], CultureInfo.InvariantCulture);
        _writer.Write(buffer[..written]);
    }

    /// <summary>Writes a date as <c>yyyy-MM-dd</c>.</summary>
    public void Field(DateOnly value)
    {
        Separate();
        Span<char> buffer = stackalloc char[10];
        value.TryFormat(buffer, out var written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        _writer.Write(buffer[..written]);
    }

    /// <summary>Writes a date-time as <c>yyyy-MM-ddTHH:mm:ss</c>, with no time zone.</summary>
    public void Field(DateTime value)
    {
        Separate();
        Span<char> buffer = stackalloc char[19];
        value.TryFormat(buffer, out var written, "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        _writer.Write(buffer[..written]);
    }

    /// <summary>Writes an empty field ("not recorded").</summary>
    public void Empty() => Separate();

    /// <summary>Ends the current row.</summary>
    public void EndRow()
    {
        _writer.WriteLine();
        _rowStarted = false;
        Rows++;
    }

    public void Dispose() => _writer.Dispose();

    private void Separate()
    {
        if (_rowStarted)
        {
            _writer.Write(',');
        }

        _rowStarted = true;
    }
}
