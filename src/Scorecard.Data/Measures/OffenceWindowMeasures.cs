using Scorecard.Core.Measures;
using Scorecard.Core.Plans;
using Scorecard.Core.Time;
using Scorecard.Data.Import.Extracts;
using Scorecard.Data.Store;

namespace Scorecard.Data.Measures;

/// <summary>
/// Measures of offences that are evaluated over a whole window at once, because a window's value is
/// not the sum of its months: repeat victims and crime severity scores. With an area, only the
/// offences recorded in that area count.
/// </summary>
/// <param name="store">Store to query.</param>
/// <param name="force">Force identifier.</param>
/// <param name="area">Area whose offences alone count, or null for the whole force.</param>
internal sealed class OffenceWindowMeasures(ScorecardStore store, string force, string? area)
{
    /// <summary>
    /// Counts victims with two or more offences recorded in the window, or those victims' offences.
    /// Only offences that match the filter count, and only offences with a victim id.
    /// </summary>
    /// <remarks>
    /// NOTE: for an area, a victim counts when two or more of their offences are in that area. A
    /// victim with one offence in each of two areas is a repeat victim of the force but of neither
    /// area, so areas do not add up to the force.
    /// </remarks>
    public WindowValue RepeatVictims(RepeatVictimMeasure measure, Window window)
    {
        var parameters = WindowParameters(window);
        var sql = $"""
            WITH victims AS (
                SELECT o.victim_id, count(*) AS offences
                FROM offences AS o
                WHERE o.force = $1 AND o.month BETWEEN $2 AND $3 AND o.victim_id IS NOT NULL
                {OffenceFilterSql.Conditions(measure.Filter, parameters, "o")}{AreaSql.Condition("o.area", area, parameters)}
                GROUP BY o.victim_id
                HAVING count(*) >= 2)
            SELECT count(*), coalesce(sum(offences), 0) FROM victims
            """;
        var (victims, offences) = store.Query(sql, reader => (StoreSeriesSource.ToDouble(reader.GetValue(0)), StoreSeriesSource.ToDouble(reader.GetValue(1))), parameters.Values)[0];
        var count = measure.Counting == RepeatVictimCounting.Victims ? victims : offences;
        return WindowValue.Available(window, count, Components.Count(count));
    }

    /// <summary>
    /// Returns the sum over the window's offences of the severity weight in force on each offence's
    /// recorded date, divided by the mid-year population of the window's last year. The weight in
    /// force is, for each code, the one with the latest effective date on or before the recorded date.
    /// When that year's population is not loaded, the latest earlier year's is used and the value's
    /// note names that year. The components are the summed weights (days) and the population. The
    /// area is the measure's own when it names one, otherwise this source's. The series source
    /// rejects a measure whose area is not the source's before this runs.
    /// </summary>
    public WindowValue SeverityScore(SeverityScoreMeasure measure, Window window)
    {
        var parameters = WindowParameters(window);
        var scoreArea = measure.Area?.Trim() ?? area;
        var sql = $"""
            SELECT coalesce(sum(w.weight), 0), count(*) FILTER (WHERE w.weight IS NULL), min(o.offence_code) FILTER (WHERE w.weight IS NULL)
            FROM offences AS o
            ASOF LEFT JOIN severity_weights AS w ON w.offence_code = o.offence_code AND o.recorded_date >= w.effective_from
            WHERE o.force = $1 AND o.month BETWEEN $2 AND $3{AreaSql.Condition("o.area", scoreArea, parameters)}
            {OffenceFilterSql.Conditions(measure.Filter, parameters, "o")}
            """;
        var (weights, unweighted, code) = store.Query(
            sql,
            reader => (StoreSeriesSource.ToDouble(reader.GetValue(0)), Convert.ToInt64(reader.GetValue(1)), reader.IsDBNull(2) ? null : reader.GetString(2)),
            parameters.Values)[0];
        if (unweighted > 0)
        {
            return WindowValue.Unavailable(window, new Components(weights, 0),
                $"{unweighted} offence(s) have no severity weight in force on their recorded date, such as code {code}; import severity weights that cover them");
        }

        var place = scoreArea ?? "the force";
        var year = window.Last.Year;
        if (Population(scoreArea, year) is not { } population)
        {
            return WindowValue.Unavailable(window, new Components(weights, 0), $"no population is loaded for {place} for {year} or earlier");
        }

        var components = new Components(weights, population.People);
        var value = WindowValue.Available(window, weights / population.People, components);
        return population.Year == year
            ? value
            : value with { Note = $"the score uses the {population.Year} population of {place}, because none is loaded for {year}" };
    }

    // The population of an area, or of the force: its ALL row when there is one, otherwise the sum of its areas.
    private (int Year, double People)? Population(string? populationArea, int year)
    {
        var sql = populationArea is null
            ? $"""
                SELECT year, coalesce(max(population) FILTER (WHERE area = '{PopulationAreas.WholeForce}'), sum(population))
                FROM population WHERE force = $1 AND year <= $2
                GROUP BY year ORDER BY year DESC LIMIT 1
                """
            : "SELECT year, population FROM population WHERE force = $1 AND year <= $2 AND lower(area) = lower($3) ORDER BY year DESC LIMIT 1";
        object?[] parameters = populationArea is null ? [force, year] : [force, year, populationArea];
        var rows = store.Query(sql, reader => (Year: Convert.ToInt32(reader.GetValue(0)), People: StoreSeriesSource.ToDouble(reader.GetValue(1))), parameters);
        return rows.Count == 0 ? null : rows[0];
    }

    private SqlParameters WindowParameters(Window window)
    {
        var parameters = new SqlParameters();
        parameters.Add(force);
        parameters.Add(ScorecardStore.ToDate(window.First));
        parameters.Add(ScorecardStore.ToDate(window.Last));
        return parameters;
    }
}
