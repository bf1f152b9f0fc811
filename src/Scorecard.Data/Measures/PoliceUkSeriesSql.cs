using Scorecard.Core.Plans;

namespace Scorecard.Data.Measures;

/// <summary>
/// SQL for the monthly counts of measures of police.uk files, as rows of (month, count) for force
/// <c>$1</c>, and for one area when an area is given (see <see cref="AreaSql.PoliceUkArea"/>).
/// </summary>
internal static class PoliceUkSeriesSql
{
    public static string AsbCount(string force, string? area, out object?[] parameters)
    {
        var filters = new SqlParameters();
        filters.Add(force);
        var sql = "SELECT asb.month, count(*) FROM asb_incidents AS asb WHERE asb.force = $1"
            + AreaSql.PoliceUkCondition("asb", area, filters)
            + " GROUP BY 1";
        parameters = filters.Values;
        return sql;
    }

    public static string CrimeCount(CrimeCountMeasure measure, string force, string? area, out object?[] parameters)
    {
        var filters = new SqlParameters();
        filters.Add(force);
        var sql = "SELECT crime.month, count(*) FROM street_crimes AS crime WHERE crime.force = $1"
            + filters.InList("crime.crime_type", measure.CrimeTypes)
            + filters.InList("crime.last_outcome", measure.Outcomes)
            + AreaSql.PoliceUkCondition("crime", area, filters)
            + " GROUP BY 1";
        parameters = filters.Values;
        return sql;
    }

    // A crime's outcome is the latest one in the outcomes files when there is one, otherwise the
    // street file's last outcome category. Solved crimes count in the month of that outcome; a
    // street-file outcome has no date, so the crime's own month is used in its place. A solved
    // crime counts in the area of the crime's street row, whatever location its outcome row gives.
    public static string SolvedCount(SolvedCountMeasure measure, string force, string? area, out object?[] parameters)
    {
        var filters = new SqlParameters();
        filters.Add(force);
        var sql = """
            WITH latest AS (
                SELECT crime_id, arg_max(outcome_type, month) AS outcome, max(month) AS outcome_month
                FROM crime_outcomes
                WHERE force = $1
                GROUP BY crime_id)
            SELECT coalesce(latest.outcome_month, crime.month) AS month, count(*)
            FROM street_crimes AS crime
            LEFT JOIN latest ON crime.crime_id IS NOT NULL AND latest.crime_id = crime.crime_id
            JOIN outcome_categories AS category ON category.category = coalesce(latest.outcome, crime.last_outcome)
            WHERE crime.force = $1 AND category.solved
            """
            + filters.InList("crime.crime_type", measure.CrimeTypes)
            + AreaSql.PoliceUkCondition("crime", area, filters)
            + " GROUP BY 1";
        parameters = filters.Values;
        return sql;
    }
}
