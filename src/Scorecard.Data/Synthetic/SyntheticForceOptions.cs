using Scorecard.Core.Time;

namespace Scorecard.Data.Synthetic;

/// <summary>
/// What <see cref="SyntheticForceGenerator"/> writes: the seed, the size and the months. The same
/// options always give byte-identical files.
/// </summary>
public sealed record SyntheticForceOptions
{
    /// <summary>Offences a year at the default size, about that of Essex Police.</summary>
    public const int EssexOffencesPerYear = 150_000;

    /// <summary>Smallest size accepted: one offence a month on average.</summary>
    public const int MinOffencesPerYear = 12;

    /// <summary>Largest size accepted, about ten times the Metropolitan Police's recorded crime.</summary>
    public const int MaxOffencesPerYear = 10_000_000;

    /// <summary>Force name written in the README; contains "Synthetic" so nobody takes the data for a real force's.</summary>
    public const string DefaultForceName = "Synthetic Constabulary";

    /// <summary>Seed of every random draw; default 1.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Mean offences recorded a year over the months generated; default 150,000.</summary>
    public int OffencesPerYear { get; init; } = EssexOffencesPerYear;

    /// <summary>First month generated; default January 2019.</summary>
    public ReportMonth From { get; init; } = new(2019, 1);

    /// <summary>Last month generated, included; default May 2024.</summary>
    public ReportMonth To { get; init; } = new(2024, 5);

    /// <summary>Force name for the README; default "Synthetic Constabulary".</summary>
    public string ForceName { get; init; } = DefaultForceName;

    /// <summary>
    /// Size relative to the default: 1 for 150,000 offences a year. Calls, survey responses,
    /// returns and population all scale with it, so rates per head stay Essex-like at any size.
    /// </summary>
    public double Scale => (double)OffencesPerYear / EssexOffencesPerYear;

    /// <summary>Number of months from <see cref="From"/> to <see cref="To"/>, both included.</summary>
    public int MonthCount => To.Ordinal - From.Ordinal + 1;

    /// <summary>Every month generated, in order.</summary>
    public IEnumerable<ReportMonth> Months => Enumerable.Range(From.Ordinal, MonthCount).Select(ReportMonth.FromOrdinal);

    /// <summary>Last day of <see cref="To"/>: the date the extract is taken, so no outcome is dated later.</summary>
    public DateOnly ExtractDate => To.AddMonths(1).FirstDay.AddDays(-1);

    /// <summary>Throws a <see cref="ScorecardDataException"/> naming the option to fix when a value is out of range.</summary>
    public void Validate()
    {
        if (OffencesPerYear < MinOffencesPerYear || OffencesPerYear > MaxOffencesPerYear)
        {
            throw new ScorecardDataException(
                $"--offences-per-year is {OffencesPerYear:N0} but must be between {MinOffencesPerYear:N0} and {MaxOffencesPerYear:N0}. Use 150000 for an Essex-sized force.");
        }

        if (To < From)
        {
            throw new ScorecardDataException($"--to {To} is before --from {From}. Give --to the same month as --from or a later one.");
        }

        if (string.IsNullOrWhiteSpace(ForceName))
        {
            throw new ScorecardDataException("--force-name is empty. Give a name, or leave the option out for \"Synthetic Constabulary\".");
        }
    }
}
