namespace Scorecard.Core.Plans;

/// <summary>
/// Which offence records a measure counts: every listed flag must be set, the Home Office offence
/// code must be one of those listed, and the victim's sex must match; an empty list or null means any.
/// </summary>
/// <param name="Flags">Flags that must all be set, such as <c>domestic-abuse</c>.</param>
/// <param name="OffenceCodes">Home Office offence codes, such as <c>1</c> for homicide or <c>8N</c>; a code ending in <c>*</c> matches a prefix.</param>
/// <param name="VictimSex">Victim's sex as recorded (<c>F</c>, <c>M</c>), or null for any.</param>
public sealed record OffenceFilter(IReadOnlyList<string> Flags, IReadOnlyList<string> OffenceCodes, string? VictimSex)
{
    /// <summary>The filter that matches every offence.</summary>
    public static OffenceFilter All { get; } = new([], [], null);

    /// <summary>Returns the filter as text for notes, such as "domestic-abuse, codes 8N, female victims".</summary>
    public string Describe()
    {
        var parts = new List<string>(Flags);
        if (OffenceCodes.Count > 0)
        {
            parts.Add("codes " + string.Join(" ", OffenceCodes));
        }

        if (VictimSex is not null)
        {
            parts.Add($"victim sex {VictimSex}");
        }

        return parts.Count == 0 ? "" : $" ({string.Join(", ", parts)})";
    }

    /// <inheritdoc />
    public bool Equals(OffenceFilter? other) =>
        other is not null && Flags.SequenceEqual(other.Flags) && OffenceCodes.SequenceEqual(other.OffenceCodes) && VictimSex == other.VictimSex;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(string.Join("|", Flags), string.Join("|", OffenceCodes), VictimSex);
}

/// <summary>Offence records counted in the month they were recorded.</summary>
public sealed record OffenceCountMeasure(OffenceFilter Filter) : MeasureDefinition
{
    /// <inheritdoc />
    public override string Describe() => "offences" + Filter.Describe();
}

/// <summary>
/// Offences solved, counted in the month of the outcome date (not a cohort of the window's offences).
/// Solved means a Home Office outcome type that counts as solved on the outcome date.
/// </summary>
public sealed record OffenceSolvedMeasure(OffenceFilter Filter) : MeasureDefinition
{
    /// <inheritdoc />
    public override string Describe() => "offences solved" + Filter.Describe();
}

/// <summary>What a repeat-victim measure counts.</summary>
public enum RepeatVictimCounting
{
    /// <summary>Victims with two or more offences recorded in the window.</summary>
    Victims,

    /// <summary>Offences recorded in the window whose victim has two or more offences in it.</summary>
    Offences,
}

/// <summary>Repeat victims, or offences with a repeat victim, within one window; not additive by month.</summary>
public sealed record RepeatVictimMeasure(OffenceFilter Filter, RepeatVictimCounting Counting) : MeasureDefinition
{
    /// <inheritdoc />
    public override string Describe() =>
        (Counting == RepeatVictimCounting.Victims ? "repeat victims" : "offences with a repeat victim") + Filter.Describe();

    /// <inheritdoc />
    public override bool IsAdditiveByMonth => false;
}

/// <summary>
/// Mean days from an offence's recorded date to its outcome date, over offences whose outcome falls in
/// the window. An outcome dated before its offence is a bad record and is left out.
/// </summary>
public sealed record MeanDaysToOutcomeMeasure(OffenceFilter Filter) : MeasureDefinition
{
    /// <inheritdoc />
    public override string Describe() => "mean days to outcome" + Filter.Describe();

    /// <inheritdoc />
    public override ValueKind ValueKind => ValueKind.Mean;
}

/// <summary>
/// Crime severity score: the sum over offences of the severity weight of their offence code
/// (average days of custody, versioned reference data), divided by the area's mid-year population.
/// </summary>
/// <param name="Filter">Offences included.</param>
/// <param name="Area">Population area, or null for the whole force.</param>
public sealed record SeverityScoreMeasure(OffenceFilter Filter, string? Area) : MeasureDefinition
{
    /// <inheritdoc />
    public override string Describe() => "crime severity score" + Filter.Describe();

    /// <inheritdoc />
    public override bool IsAdditiveByMonth => false;
}

/// <summary>Which calls a call measure counts.</summary>
public enum CallOutcome
{
    /// <summary>Every call received.</summary>
    Any,

    /// <summary>Calls answered.</summary>
    Answered,

    /// <summary>Calls abandoned before they were answered.</summary>
    Abandoned,
}

/// <summary>Calls received on a channel (101, 999, online), in the month received.</summary>
public sealed record CallCountMeasure(string? Channel, CallOutcome Outcome) : MeasureDefinition
{
    /// <inheritdoc />
    public override string Describe() => $"{Channel ?? "all"} calls" + (Outcome == CallOutcome.Any ? "" : $" {Outcome.ToString().ToLowerInvariant()}");
}

/// <summary>Mean wait in seconds of calls on a channel, by month received.</summary>
public sealed record CallWaitMeasure(string? Channel, CallOutcome Outcome) : MeasureDefinition
{
    /// <inheritdoc />
    public override string Describe() => $"mean wait of {Channel ?? "all"} calls";

    /// <inheritdoc />
    public override ValueKind ValueKind => ValueKind.Mean;
}

/// <summary>Who a survey measure includes.</summary>
/// <param name="Victim">True for victims of crime, false for non-victims, null for everyone.</param>
/// <param name="Sex">Respondent's sex as recorded (<c>F</c>, <c>M</c>), or null for everyone.</param>
/// <param name="Area">Respondent's area, or null for everyone.</param>
public sealed record SurveyGroup(bool? Victim, string? Sex, string? Area)
{
    /// <summary>Every respondent.</summary>
    public static SurveyGroup Everyone { get; } = new(null, null, null);
}

/// <summary>Weighted share of respondents answering yes to a question, with a 95% confidence interval.</summary>
public sealed record SurveyProportionMeasure(string Question, SurveyGroup Group) : MeasureDefinition
{
    /// <inheritdoc />
    public override string Describe() => $"survey '{Question}'";

    /// <inheritdoc />
    public override ValueKind ValueKind => ValueKind.WeightedPercentage;
}

/// <summary>A figure that arrives already counted, summed or combined from monthly returns.</summary>
/// <param name="Id">Measure id in the returns, such as <c>ocg-disruptions</c>.</param>
/// <param name="Kind">How the returns' components become a value.</param>
public sealed record ReturnsMeasure(string Id, ValueKind Kind) : MeasureDefinition
{
    /// <inheritdoc />
    public override string Describe() => $"monthly returns '{Id}'";

    /// <inheritdoc />
    public override ValueKind ValueKind => Kind;
}
