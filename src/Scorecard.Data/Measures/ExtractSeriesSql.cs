using Scorecard.Core.Plans;
using Scorecard.Data.Import.Extracts;
using Scorecard.Data.Store;

namespace Scorecard.Data.Measures;

/// <summary>
/// SQL for the monthly components of measures counted from a force's extracts. Each statement
/// returns rows of (month, numerator, denominator, squared weights) for force <c>$1</c>, and for one
/// area when an area is given. It comes with the source kind whose loaded months are the months
/// covered, which are the force's months whether or not an area is given.
/// </summary>
internal static class ExtractSeriesSql
{
    /// <summary>Returns the statement, its parameters and the kind that covers it, or null when the measure is not counted from extracts by month.</summary>
    /// <param name="measure">Measure to count.</param>
    /// <param name="force">Force identifier.</param>
    /// <param name="area">Area whose rows alone count, or null for the whole force.</param>
    public static (string Sql, object?[] Parameters, string Kind)? For(MeasureDefinition measure, string force, string? area)
    {
        var parameters = new SqlParameters();
        parameters.Add(force);
        (string Sql, string Kind)? statement = measure switch
        {
            OffenceCountMeasure offences => (OffenceCount(offences, area, parameters), SourceKinds.Offences),
            OffenceSolvedMeasure solved => (OffenceSolved(solved, area, parameters), SourceKinds.Offences),
            MeanDaysToOutcomeMeasure days => (MeanDaysToOutcome(days, area, parameters), SourceKinds.Offences),
            CallCountMeasure calls => (CallCount(calls, area, parameters), SourceKinds.Calls),
            CallWaitMeasure wait => (CallWait(wait, area, parameters), SourceKinds.Calls),
            SurveyProportionMeasure survey => (SurveyProportion(survey, area, parameters), SourceKinds.Survey),
            _ => null,
        };
        return statement is { } found ? (found.Sql, parameters.Values, found.Kind) : null;
    }

    /// <summary>
    /// Monthly returns with measure id <c>$2</c>: a month's figure is its whole-force row when there
    /// is one, otherwise the sum of its area rows. A row with both a numerator and a denominator
    /// gives those; otherwise its value is the numerator.
    /// </summary>
    public const string Returns = """
        SELECT month,
            sum(CASE WHEN numerator IS NOT NULL AND denominator IS NOT NULL THEN numerator ELSE value END),
            sum(CASE WHEN numerator IS NOT NULL AND denominator IS NOT NULL THEN denominator ELSE 0 END),
            sum(coalesce(squared_weights, 0))
        FROM monthly_returns AS r
        WHERE force = $1 AND measure_id = $2
          AND (area IS NULL OR NOT EXISTS (
              SELECT 1 FROM monthly_returns AS whole
              WHERE whole.force = r.force AND whole.measure_id = r.measure_id AND whole.month = r.month AND whole.area IS NULL))
        GROUP BY month
        """;

    /// <summary>Monthly returns with measure id <c>$2</c> for area <c>$3</c>, read as in <see cref="Returns"/>.</summary>
    public const string ReturnsForArea = """
        SELECT month,
            sum(CASE WHEN numerator IS NOT NULL AND denominator IS NOT NULL THEN numerator ELSE value END),
            sum(CASE WHEN numerator IS NOT NULL AND denominator IS NOT NULL THEN denominator ELSE 0 END),
            sum(coalesce(squared_weights, 0))
        FROM monthly_returns
        WHERE force = $1 AND measure_id = $2 AND lower(area) = lower($3)
        GROUP BY month
        """;

    /// <summary>
    /// Months in which the returns with measure id <c>$2</c> have rows by area. These are the months
    /// an area's figures cover: an area with no row in such a month had none to return.
    /// </summary>
    public const string ReturnsAreaMonths = "SELECT DISTINCT month FROM monthly_returns WHERE force = $1 AND measure_id = $2 AND area IS NOT NULL";

    // Offences count in the month they were recorded.
    private static string OffenceCount(OffenceCountMeasure measure, string? area, SqlParameters parameters) =>
        "SELECT o.month, count(*), 0, 0 FROM offences AS o WHERE o.force = $1"
        + OffenceFilterSql.Conditions(measure.Filter, parameters, "o")
        + AreaSql.Condition("o.area", area, parameters)
        + " GROUP BY 1";

    // Solved offences count in the month of the outcome date, when the outcome type's period in
    // force on that date (both ends included) counts it as solved. An outcome dated before its
    // offence is a bad record and is left out.
    // NOTE: outcome months are covered when offences were loaded for them, but an extract contains no
    // offences recorded before its first month, so solved counts and mean days in its first months
    // are low by the outcomes of those earlier offences.
    private static string OffenceSolved(OffenceSolvedMeasure measure, string? area, SqlParameters parameters) =>
        """
        SELECT date_trunc('month', o.outcome_date), count(*), 0, 0
        FROM offences AS o
        JOIN outcome_types AS t
          ON t.outcome_type = o.outcome_type
         AND o.outcome_date >= t.effective_from
         AND (t.effective_to IS NULL OR o.outcome_date <= t.effective_to)
        WHERE o.force = $1 AND t.solved AND o.outcome_date >= o.recorded_date
        """
        + OffenceFilterSql.Conditions(measure.Filter, parameters, "o")
        + AreaSql.Condition("o.area", area, parameters)
        + " GROUP BY 1";

    // Days are whole calendar days from the recorded date to the outcome date, counted in the outcome's month.
    private static string MeanDaysToOutcome(MeanDaysToOutcomeMeasure measure, string? area, SqlParameters parameters) =>
        """
        SELECT date_trunc('month', o.outcome_date), sum(date_diff('day', o.recorded_date, o.outcome_date)), count(*), 0
        FROM offences AS o
        WHERE o.force = $1 AND o.outcome_date >= o.recorded_date
        """
        + OffenceFilterSql.Conditions(measure.Filter, parameters, "o")
        + AreaSql.Condition("o.area", area, parameters)
        + " GROUP BY 1";

    private static string CallCount(CallCountMeasure measure, string? area, SqlParameters parameters) =>
        "SELECT month, count(*), 0, 0 FROM calls WHERE force = $1"
        + CallConditions(measure.Channel, measure.Outcome, parameters)
        + AreaSql.Condition("area", area, parameters)
        + " GROUP BY 1";

    // Calls with no wait recorded count in neither the sum nor the number of calls averaged.
    private static string CallWait(CallWaitMeasure measure, string? area, SqlParameters parameters) =>
        "SELECT month, sum(wait_seconds), count(*), 0 FROM calls WHERE force = $1 AND wait_seconds IS NOT NULL"
        + CallConditions(measure.Channel, measure.Outcome, parameters)
        + AreaSql.Condition("area", area, parameters)
        + " GROUP BY 1";

    private static string CallConditions(string? channel, CallOutcome outcome, SqlParameters parameters)
    {
        var sql = channel is null ? "" : $" AND channel = {parameters.Add(channel.Trim().ToLowerInvariant())}";
        return outcome switch
        {
            CallOutcome.Answered => sql + " AND answered",
            CallOutcome.Abandoned => sql + " AND NOT answered",
            _ => sql,
        };
    }

    // Weighted components of a survey share: sum of weights answering yes, sum of weights, sum of squared weights.
    // The group's own area and the source's area both apply; the series source rejects a group
    // whose area is not the source's before this runs.
    private static string SurveyProportion(SurveyProportionMeasure measure, string? area, SqlParameters parameters)
    {
        var sql = $"""
            SELECT month, sum(CASE WHEN answer THEN weight ELSE 0 END), sum(weight), sum(weight * weight)
            FROM survey_answers
            WHERE force = $1 AND question = {parameters.Add(ExtractColumns.Normalise(measure.Question))}
            """;
        var group = measure.Group;
        if (group.Victim is { } victim)
        {
            sql += $" AND victim = {parameters.Add(victim)}";
        }

        if (group.Sex is { } sex)
        {
            sql += $" AND sex = {parameters.Add(sex.Trim().ToUpperInvariant())}";
        }

        if (group.Area is { } groupArea)
        {
            sql += $" AND lower(area) = lower({parameters.Add(groupArea.Trim())})";
        }

        return sql + AreaSql.Condition("area", area, parameters) + " GROUP BY 1";
    }
}
