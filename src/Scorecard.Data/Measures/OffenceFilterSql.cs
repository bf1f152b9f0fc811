using Scorecard.Core.Plans;
using Scorecard.Data.Import.Extracts;

namespace Scorecard.Data.Measures;

/// <summary>Turns an <see cref="OffenceFilter"/> into SQL conditions on the <c>offences</c> table.</summary>
internal static class OffenceFilterSql
{
    /// <summary>
    /// Returns the filter's conditions, each starting with <c> AND</c>, on the table aliased
    /// <paramref name="alias"/>: every flag set, the code one of those listed (a code ending in
    /// <c>*</c> matches codes starting with the rest), and the victim's sex. Flags, codes and sex are
    /// compared in the case the importer stores them in.
    /// </summary>
    public static string Conditions(OffenceFilter filter, SqlParameters parameters, string alias)
    {
        var sql = "";
        foreach (var flag in filter.Flags)
        {
            sql += $" AND list_contains({alias}.flags, {parameters.Add(OffenceFlags.Normalise(flag))})";
        }

        if (filter.OffenceCodes.Count > 0)
        {
            var codes = filter.OffenceCodes.Select(code => code.Trim().ToUpperInvariant()).ToList();
            var exact = codes.Where(code => !code.EndsWith('*')).ToList();
            var alternatives = codes
                .Where(code => code.EndsWith('*'))
                .Select(code => $"starts_with({alias}.offence_code, {parameters.Add(code.TrimEnd('*'))})")
                .ToList();
            if (exact.Count > 0)
            {
                alternatives.Insert(0, $"{alias}.offence_code IN ({string.Join(", ", exact.Select(parameters.Add))})");
            }

            sql += $" AND ({string.Join(" OR ", alternatives)})";
        }

        if (filter.VictimSex is { } sex)
        {
            sql += $" AND {alias}.victim_sex = {parameters.Add(sex.Trim().ToUpperInvariant())}";
        }

        return sql;
    }
}
