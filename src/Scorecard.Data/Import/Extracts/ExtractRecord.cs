using System.Globalization;
using nietras.SeparatedValues;
using Scorecard.Core.Time;

namespace Scorecard.Data.Import.Extracts;

/// <summary>
/// The current row of an extract file, with typed readers for its fields. Each reader returns false
/// after listing the row as bad with its file, line, column and value, so a reader stops at the
/// first problem of a row and every bad row is listed once. The row's month, once known, decides
/// which month the bad row is counted against.
/// </summary>
internal sealed class ExtractRecord(string file, ExtractHeader header, BadRowLog log, FileTally tally)
{
    private static readonly string[] DateTimeFormats =
        ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF"];

    private string[] _values = [];

    public string File => file;

    public ExtractHeader Header => header;

    /// <summary>1-based line number of the row; 1 is the header.</summary>
    public long Line { get; private set; }

    /// <summary>Source kind and month the row counts in, once read; bad rows are counted against them.</summary>
    public (string Kind, ReportMonth Month)? CountsIn { get; set; }

    /// <summary>Makes <paramref name="row"/> the current row, or lists it as bad when its column count differs from the header's.</summary>
    public bool Load(SepReader.Row row)
    {
        Line = row.LineNumberFrom;
        CountsIn = null;
        if (row.ColCount != header.Count)
        {
            var text = row.Span.ToString();
            return BadRow(null, text.Length <= 120 ? text : text[..117] + "...",
                $"The row has {row.ColCount} columns but the header has {header.Count}. Check for an unquoted comma or a cut line, then fix or remove the row.");
        }

        if (_values.Length != row.ColCount)
        {
            _values = new string[row.ColCount];
        }

        for (var i = 0; i < row.ColCount; i++)
        {
            _values[i] = row[i].Span.Trim().ToString();
        }

        return true;
    }

    /// <summary>Returns the trimmed value of <paramref name="column"/>, or "" when the file lacks the column.</summary>
    public string Text(string column)
    {
        var index = header.IndexOf(column);
        return index < 0 ? "" : _values[index];
    }

    /// <summary>Returns the trimmed value, or null when it is empty.</summary>
    public string? Optional(string column) => Text(column) is { Length: > 0 } text ? text : null;

    /// <summary>Lists the row as bad because of <paramref name="column"/>'s value, and returns false.</summary>
    public bool Bad(string column, string problem)
    {
        var index = header.IndexOf(column);
        return BadRow(index < 0 ? column : header.Written[index], Text(column), problem);
    }

    public bool Required(string column, string what, out string value)
    {
        value = Text(column);
        return value.Length > 0 || Bad(column, $"The {what} is empty; fill it or remove the row.");
    }

    /// <summary>Reads a date (<c>yyyy-MM-dd</c>); a date-time is accepted and its time ignored.</summary>
    public bool Date(string column, out DateOnly date)
    {
        date = default;
        var text = Text(column);
        if (text.Length == 0)
        {
            return Bad(column, "The date is empty; fill it in as yyyy-MM-dd, such as 2024-05-31, or remove the row.");
        }

        if (TryDate(text, out date))
        {
            return true;
        }

        return Bad(column, "The date cannot be read; write it as yyyy-MM-dd, such as 2024-05-31, with a year from 1900 to 2999.");
    }

    /// <summary>Reads an optional date: empty gives null.</summary>
    public bool OptionalDate(string column, out DateOnly? date)
    {
        date = null;
        if (Text(column).Length == 0)
        {
            return true;
        }

        if (!Date(column, out var value))
        {
            return false;
        }

        date = value;
        return true;
    }

    /// <summary>Reads a date-time (<c>yyyy-MM-ddTHH:mm:ss</c>, local time); a date alone is read as midnight.</summary>
    public bool DateTime(string column, out DateTime value)
    {
        var text = Text(column);
        if (System.DateTime.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out value) && InYearRange(value.Year))
        {
            return true;
        }

        if (TryDate(text, out var date))
        {
            value = date.ToDateTime(TimeOnly.MinValue);
            return true;
        }

        return Bad(column, text.Length == 0
            ? "The date-time is empty; fill it in as yyyy-MM-ddTHH:mm:ss, such as 2024-05-31T14:05:00, or remove the row."
            : "The date-time cannot be read; write it as yyyy-MM-ddTHH:mm:ss, such as 2024-05-31T14:05:00, with a year from 1900 to 2999.");
    }

    /// <summary>Reads a month (<c>yyyy-MM</c>).</summary>
    public bool Month(string column, out ReportMonth month) =>
        ReportMonth.TryParse(Text(column), out month)
        || Bad(column, "The month is not in the yyyy-MM form, such as 2024-05; correct it.");

    /// <summary>Reads <c>yes</c> or <c>no</c>, in any case.</summary>
    public bool YesNo(string column, out bool value)
    {
        if (TryYesNo(Text(column), out var answer) && answer is { } known)
        {
            value = known;
            return true;
        }

        value = false;
        return Bad(column, "The value must be yes or no; correct it.");
    }

    /// <summary>Reads <c>yes</c>, <c>no</c> or empty (null).</summary>
    public bool OptionalYesNo(string column, out bool? value) =>
        TryYesNo(Text(column), out value) || Bad(column, "The value must be yes, no, or empty when not known; correct it.");

    /// <summary>Reads a finite decimal number with a full stop as the decimal mark; empty gives null.</summary>
    public bool OptionalNumber(string column, out double? value)
    {
        value = null;
        var text = Text(column);
        if (text.Length == 0)
        {
            return true;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
        {
            value = number;
            return true;
        }

        return Bad(column, "The value is not a number; write digits with a full stop for decimals and no thousands separators, such as 1234.5.");
    }

    /// <summary>Reads a required number.</summary>
    public bool Number(string column, out double value)
    {
        value = 0;
        if (Text(column).Length == 0)
        {
            return Bad(column, "The number is empty; fill it or remove the row.");
        }

        if (!OptionalNumber(column, out var number))
        {
            return false;
        }

        value = number!.Value;
        return true;
    }

    /// <summary>Reads a sex as recorded: <c>F</c>, <c>M</c>, <c>X</c> (other) or empty, in any case.</summary>
    public bool Sex(string column, out string? sex)
    {
        sex = Optional(column)?.ToUpperInvariant();
        return sex is null or "F" or "M" or "X"
            || Bad(column, "The sex must be F, M, X (other) or empty when not recorded; correct it.");
    }

    private bool BadRow(string? column, string? value, string problem)
    {
        log.Add(new BadRow(file, Line, column, value, problem));
        tally.AddBad(CountsIn?.Kind, CountsIn?.Month);
        return false;
    }

    private static bool TryDate(string text, out DateOnly date)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date) && InYearRange(date.Year))
        {
            return true;
        }

        if (System.DateTime.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dateTime) && InYearRange(dateTime.Year))
        {
            date = DateOnly.FromDateTime(dateTime);
            return true;
        }

        return false;
    }

    private static bool InYearRange(int year) => year is >= ReportMonth.MinYear and <= ReportMonth.MaxYear;

    private static bool TryYesNo(string text, out bool? value)
    {
        value = null;
        if (text.Length == 0)
        {
            return true;
        }

        if (text.Equals("yes", StringComparison.OrdinalIgnoreCase))
        {
            value = true;
            return true;
        }

        if (text.Equals("no", StringComparison.OrdinalIgnoreCase))
        {
            value = false;
            return true;
        }

        return false;
    }
}
