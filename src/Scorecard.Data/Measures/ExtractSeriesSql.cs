using Scorecard.Core.Plans;
using Scorecard.Data.Import.Extracts;
using Scorecard.Data.Store;

namespace Scorecard.Data.Measures;

/// <summary>
/// SQL for the monthly components of measures counted from a force's extracts. Each statement
/// returns rows of (month, numerator, denominator, squared weights) for force <c>$1</c>. It comes
/// with the source kind whose loaded months are the months covered.
/// </summary>
internal static class ExtractSeriesSql
{
    /// <summary>Returns the statement, its parameters and the kind that covers it, or null when the measure is not counted from extracts by month.</summary>
    public static (string Sql, object?[] Parameters, string Kind)? For(MeasureDefinition measure, string force)
    {
        var parameters = new SqlParameters();
        parameters.Add(force);
        (string Sql, string Kind)? statement = measure switch
        {
            OffenceCountMeasure offences => (OffenceCount(offences, parameters), SourceKinds.Offences),
            OffenceSolvedMeasure solved => (OffenceSolved(solved, parameters), SourceKinds.Offences),
            MeanDaysToOutcomeMeasure days => (MeanDaysToOutcome(days, parameters), SourceKinds.Offences),
            CallCountMeasure calls => (CallCount(calls, parameters), SourceKinds.Calls),
            CallWaitMeasure wait => (CallWait(wait, parameters), SourceKinds.Calls),
            SurveyProportionMeasure survey => (SurveyProportion(survey, parameters), SourceKinds.Survey),
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

    // Offences count in the month they were recorded.
    private static string OffenceCount(OffenceCountMeasure measure, SqlParameters parameters) =>
        "SELECT o.month, count(*), 0, 0 FROM offences AS o WHERE o.force = $1"
        + OffenceFilterSql.Conditions(measure.Filter, parameters, "o")
        + " GROUP BY 1";

    // Solved offences count in the month of the outcome date, when the outcome type's period in
    // force on that date (both ends included) counts it as solved. An outcome dated before its
    // offence is a bad record and is left out.
    // NOTE: outcome months are covered when offences were loaded for them, but an extract contains no
    // offences recorded before its first month, so solved counts and mean days in its first months
    // are low by the outcomes of those earlier offences.
    private static string OffenceSolved(OffenceSolvedMeasure measure, SqlParameters parameters) =>
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
        + " GROUP BY 1";

    // Days are whole calendar days from the recorded date to the outcome date, counted in the outcome's month.
    private static string MeanDaysToOutcome(MeanDaysToOutcomeMeasure measure, SqlParameters parameters) =>
        """
        SELECT date_trunc('month', o.outcome_date), sum(date_diff('day', o.recorded_date, o.outcome_date)), count(*), 0
        FROM offences AS o
        WHERE o.force = $1 AND o.outcome_date >= o.recorded_date
        """
        + OffenceFilterSql.Conditions(measure.Filter, parameters, "o")
        + " GROUP BY 1";

    private static string CallCount(CallCountMeasure measure, SqlParameters parameters) =>
        "SELECT month, count(*), 0, 0 FROM calls WHERE force = $1" + CallConditions(measure.Channel, measure.Outcome, parameters) + " GROUP BY 1";

    // Calls with no wait recorded count in neither the sum nor the number of calls averaged.
    private static string CallWait(CallWaitMeasure measure, SqlParameters parameters) =>
        "SELECT month, sum(wait_seconds), count(*), 0 FROM calls WHERE force = $1 AND wait_seconds IS NOT NULL"
        + CallConditions(measure.Channel, measure.Outcome, parameters)
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
    private static string SurveyProportion(SurveyProportionMeasure measure, SqlParameters parameters)
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

        if (group.Area is { } area)
        {
            sql += $" AND lower(area) = lower({parameters.Add(area.Trim())})";
        }

        return sql + " GROUP BY 1";
    }
}
