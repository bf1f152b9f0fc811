using System.Globalization;

namespace Scorecard.Core.Time;

/// <summary>
/// A calendar month in the Gregorian calendar: a date without its day and without a time zone,
/// such as the month a police.uk row was recorded in or the last month of a reporting window.
/// </summary>
/// <remarks>
/// Months are ordered and compared by year, then month. The one text form is <c>yyyy-MM</c>
/// (as police.uk writes its Month column); <see cref="ToLongName"/> gives the "May 2024" form
/// used in report headings.
/// </remarks>
public readonly record struct ReportMonth : IComparable<ReportMonth>
{
    /// <summary>Earliest supported year; police.uk data starts in December 2010.</summary>
    public const int MinYear = 1900;

    /// <summary>Latest supported year.</summary>
    public const int MaxYear = 2999;

    /// <summary>Creates the month <paramref name="year"/>-<paramref name="month"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1900 to 2999 or the month outside 1 to 12.</exception>
    public ReportMonth(int year, int month)
    {
        Year = Guard.InRange(year, MinYear, MaxYear);
        Month = Guard.InRange(month, 1, 12);
    }

    /// <summary>Calendar year, 1900 to 2999.</summary>
    public int Year { get; }

    /// <summary>Month of the year, 1 (January) to 12 (December).</summary>
    public int Month { get; }

    /// <summary>Months since January of year 0, so that consecutive months differ by one.</summary>
    public int Ordinal => Year * 12 + Month - 1;

    /// <summary>First day of the month.</summary>
    public DateOnly FirstDay => new(Year, Month, 1);

    /// <summary>Returns the month <paramref name="months"/> later (earlier when negative).</summary>
    public ReportMonth AddMonths(int months) => FromOrdinal(Ordinal + months);

    /// <summary>Returns the month whose <see cref="Ordinal"/> is <paramref name="ordinal"/>.</summary>
    public static ReportMonth FromOrdinal(int ordinal) => new(ordinal / 12, ordinal % 12 + 1);

    /// <summary>Returns the month that contains <paramref name="date"/>.</summary>
    public static ReportMonth Of(DateOnly date) => new(date.Year, date.Month);

    /// <summary>Parses the <c>yyyy-MM</c> form, such as <c>2024-05</c>.</summary>
    /// <exception cref="FormatException">The text is not a month in the <c>yyyy-MM</c> form.</exception>
    public static ReportMonth Parse(string text)
    {
        if (TryParse(text, out var month))
        {
            return month;
        }

        throw new FormatException($"'{text}' is not a month. Write it as yyyy-MM, for example 2024-05.");
    }

    /// <summary>Parses the <c>yyyy-MM</c> form without throwing.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out ReportMonth month)
    {
        month = default;
        if (text.Length != 7 || text[4] != '-')
        {
            return false;
        }

        if (!int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text[5..], NumberStyles.None, CultureInfo.InvariantCulture, out var monthOfYear))
        {
            return false;
        }

        if (year < MinYear || year > MaxYear || monthOfYear < 1 || monthOfYear > 12)
        {
            return false;
        }

        month = new ReportMonth(year, monthOfYear);
        return true;
    }

    /// <summary>Returns the short heading form, such as "May 2024".</summary>
    public string ToLongName() => FirstDay.ToString("MMM yyyy", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public int CompareTo(ReportMonth other) => Ordinal.CompareTo(other.Ordinal);

    /// <summary>Returns the <c>yyyy-MM</c> form.</summary>
    public override string ToString() => $"{Year:D4}-{Month:D2}";

    public static bool operator <(ReportMonth left, ReportMonth right) => left.Ordinal < right.Ordinal;

    public static bool operator >(ReportMonth left, ReportMonth right) => left.Ordinal > right.Ordinal;

    public static bool operator <=(ReportMonth left, ReportMonth right) => left.Ordinal <= right.Ordinal;

    public static bool operator >=(ReportMonth left, ReportMonth right) => left.Ordinal >= right.Ordinal;
}
