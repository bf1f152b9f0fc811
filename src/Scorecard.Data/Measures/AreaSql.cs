namespace Scorecard.Data.Measures;

/// <summary>
/// SQL for the area a row counts in. For police.uk rows the area is the local authority district
/// named in the LSOA name; for a force's extracts and monthly returns it is the <c>area</c> column.
/// Areas are compared without regard to case.
/// </summary>
internal static class AreaSql
{
    /// <summary>
    /// Returns the expression for the area of a police.uk row of the table aliased
    /// <paramref name="alias"/>: the LSOA name without its final word, the LSOA code suffix, so
    /// "Tower Hamlets 001A" is in Tower Hamlets. Runs of white space count as one space, a name of
    /// one word is taken whole, and an empty or missing name gives NULL, so "No location" rows are
    /// in no area and count only in the force's total.
    /// </summary>
    public static string PoliceUkArea(string alias) =>
        $"nullif(regexp_replace(trim(regexp_replace({alias}.lsoa_name, '\\s+', ' ', 'g')), ' [^ ]+$', ''), '')";

    /// <summary>
    /// Returns <c> AND</c> and the condition that <paramref name="areaExpression"/> is
    /// <paramref name="area"/>, or "" when <paramref name="area"/> is null (the whole force).
    /// </summary>
    public static string Condition(string areaExpression, string? area, SqlParameters parameters) =>
        area is null ? "" : $" AND lower({areaExpression}) = lower({parameters.Add(area)})";
}
