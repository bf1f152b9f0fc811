using nietras.SeparatedValues;
using Scorecard.Core.Time;
using Scorecard.Data.Store;

namespace Scorecard.Data.Import.Extracts;

/// <summary>
/// Reads reference files: outcome types, severity weights and population, each recognised by its
/// columns. Rows are checked one by one and then against each other (overlapping periods, a version
/// with two dates), and only then stored. A file replaces what the store held for the keys it has:
/// the outcome types it lists, the weights versions it lists, the population areas and years it lists.
/// </summary>
internal sealed class ReferenceReader(ScorecardStore store, string? force, ColumnMapping mapping, BadRowLog log)
{
    private static readonly string[] OutcomeTypesRequired = ["outcome_type", "solved", "effective_from"];

    private readonly HashSet<string> _replaced = new(StringComparer.Ordinal);

    /// <summary>Reads one reference file and stores its good rows.</summary>
    /// <exception cref="ScorecardDataException">A population file is given without a force.</exception>
    public ExtractFileResult ReadFile(string path, SepReader reader)
    {
        var tally = new FileTally();
        var written = reader.Header.ColNames;
        var layouts = new (string Contents, IReadOnlyList<string> Required, Func<SepReader, ExtractRecord, long> Read)[]
        {
            ("outcome type periods", OutcomeTypesRequired, ReadOutcomeTypes),
            ("severity weights", ExtractColumns.SeverityWeights, ReadSeverityWeights),
            ("population figures", ExtractColumns.Population, (rows, record) => ReadPopulation(path, rows, record)),
        };

        foreach (var (contents, required, read) in layouts)
        {
            var (header, _) = ExtractHeader.Read(written, mapping, required, "");
            if (header is not null)
            {
                var stored = read(reader, new ExtractRecord(path, header, log, tally));
                return new ExtractFileResult(path, contents, null, null, stored, tally.Bad);
            }
        }

        log.Add(new BadRow(path, 1, null, null,
            $"The header '{string.Join(",", written)}' is not that of a reference file. Outcome types need the columns {string.Join(", ", ExtractColumns.OutcomeTypes)}; "
            + $"severity weights {string.Join(", ", ExtractColumns.SeverityWeights)}; population {string.Join(", ", ExtractColumns.Population)}. "
            + "Rename the columns or map them with --columns. The file was skipped."));
        return new ExtractFileResult(path, "unknown", null, null, 0, 1);
    }

    internal static DateOnly ToDateOnly(object value) => value is DateTime dateTime ? DateOnly.FromDateTime(dateTime) : (DateOnly)value;

    private long ReadOutcomeTypes(SepReader reader, ExtractRecord record)
    {
        var rows = new List<(long Line, string Type, string? Description, bool Solved, DateOnly From, DateOnly? To)>();
        foreach (var row in reader)
        {
            if (!record.Load(row)
                || !record.Required("outcome_type", "outcome type", out var type)
                || !record.YesNo("solved", out var solved)
                || !record.Date("effective_from", out var from)
                || !record.OptionalDate("effective_to", out var to))
            {
                continue;
            }

            if (to < from)
            {
                record.Bad("effective_to", $"The period ends before it starts ({from:yyyy-MM-dd}); correct effective_to, or leave it empty while the type is in force.");
                continue;
            }

            type = type.ToUpperInvariant();
            var overlap = rows.FirstOrDefault(earlier => earlier.Type == type && earlier.From <= (to ?? DateOnly.MaxValue) && from <= (earlier.To ?? DateOnly.MaxValue));
            if (overlap.Type is not null)
            {
                record.Bad("effective_from", $"The period of outcome type {type} overlaps the one at line {overlap.Line}; one type has one solved flag on any date, so correct the dates.");
                continue;
            }

            rows.Add((record.Line, type, record.Optional("description"), solved, from, to));
        }

        foreach (var type in rows.Select(row => row.Type).Distinct())
        {
            if (_replaced.Add("outcome type " + type))
            {
                store.Execute("DELETE FROM outcome_types WHERE outcome_type = $1", type);
            }
        }

        using (var appender = store.Connection.CreateAppender("outcome_types"))
        {
            foreach (var row in rows)
            {
                var target = appender.CreateRow().AppendValue(row.Type);
                if (row.Description is null)
                {
                    target.AppendNullValue();
                }
                else
                {
                    target.AppendValue(row.Description);
                }

                target.AppendValue(row.Solved).AppendValue(row.From).AppendValue(row.To).EndRow();
            }
        }

        return rows.Count;
    }

    private long ReadSeverityWeights(SepReader reader, ExtractRecord record)
    {
        var rows = new List<(long Line, string Code, double Weight, string Version, DateOnly From)>();
        foreach (var row in reader)
        {
            if (!record.Load(row)
                || !record.Required("offence_code", "offence code", out var code)
                || !record.Number("weight", out var weight)
                || !record.Required("version", "weights version", out var version)
                || !record.Date("effective_from", out var from))
            {
                continue;
            }

            code = code.ToUpperInvariant();
            if (weight < 0)
            {
                record.Bad("weight", "The severity weight is negative; give the average days of custody, 0 or more.");
                continue;
            }

            var sameVersion = rows.FirstOrDefault(earlier => earlier.Version == version);
            if (sameVersion.Version is not null && sameVersion.From != from)
            {
                record.Bad("effective_from", $"Version {version} is effective from {sameVersion.From:yyyy-MM-dd} at line {sameVersion.Line}; a version has one date, so correct one of them.");
                continue;
            }

            var repeated = rows.FirstOrDefault(earlier => earlier.Code == code && (earlier.Version == version || earlier.From == from));
            if (repeated.Code is not null)
            {
                record.Bad("offence_code", $"Offence code {code} already has a weight for this version or date at line {repeated.Line}; keep one of the two rows.");
                continue;
            }

            rows.Add((record.Line, code, weight, version, from));
        }

        foreach (var version in rows.Select(row => row.Version).Distinct())
        {
            if (_replaced.Add("weights version " + version))
            {
                store.Execute("DELETE FROM severity_weights WHERE version = $1", version);
            }
        }

        using (var appender = store.Connection.CreateAppender("severity_weights"))
        {
            foreach (var row in rows)
            {
                appender.CreateRow().AppendValue(row.Code).AppendValue(row.Weight).AppendValue(row.Version).AppendValue(row.From).EndRow();
            }
        }

        CheckOneWeightPerDate();
        return rows.Count;
    }

    // Two versions in force from the same date would leave the weight of an offence to chance.
    private void CheckOneWeightPerDate()
    {
        var clash = store.Query(
            """
            SELECT offence_code, effective_from, string_agg(version, ', ' ORDER BY version)
            FROM severity_weights GROUP BY ALL HAVING count(*) > 1 ORDER BY ALL LIMIT 1
            """,
            reader => (Code: reader.GetString(0), From: ToDateOnly(reader.GetValue(1)), Versions: reader.GetString(2)));
        if (clash.Count > 0)
        {
            var (code, from, versions) = clash[0];
            throw new ScorecardDataException(
                $"Severity weights versions {versions} both give offence code {code} a weight effective from {from:yyyy-MM-dd}, so the weight in force is ambiguous and nothing was stored. Give each version its own effective_from date.");
        }
    }

    private long ReadPopulation(string path, SepReader reader, ExtractRecord record)
    {
        if (force is null)
        {
            throw new ScorecardDataException($"'{path}' is a population file, and population belongs to a force. Give the force with --force, such as --force essex.");
        }

        var rows = new List<(long Line, string Area, int Year, long Population)>();
        foreach (var row in reader)
        {
            if (!record.Load(row)
                || !record.Required("area", "area", out var area)
                || !record.Number("year", out var year)
                || !record.Number("population", out var population))
            {
                continue;
            }

            if (year != Math.Floor(year) || year < ReportMonth.MinYear || year > ReportMonth.MaxYear)
            {
                record.Bad("year", $"The year must be a whole year from {ReportMonth.MinYear} to {ReportMonth.MaxYear}, such as 2023; correct it.");
                continue;
            }

            if (population != Math.Floor(population) || population <= 0)
            {
                record.Bad("population", "The population must be a whole number greater than zero; correct it.");
                continue;
            }

            area = area.Equals(PopulationAreas.WholeForce, StringComparison.OrdinalIgnoreCase) ? PopulationAreas.WholeForce : area;
            var repeated = rows.FirstOrDefault(earlier => earlier.Year == (int)year && string.Equals(earlier.Area, area, StringComparison.OrdinalIgnoreCase));
            if (repeated.Area is not null)
            {
                record.Bad("area", $"Area {area} already has a population for {year} at line {repeated.Line}; keep one of the two rows.");
                continue;
            }

            rows.Add((record.Line, area, (int)year, (long)population));
        }

        foreach (var row in rows)
        {
            if (_replaced.Add($"population {row.Area} {row.Year}"))
            {
                store.Execute("DELETE FROM population WHERE force = $1 AND lower(area) = lower($2) AND year = $3", force, row.Area, row.Year);
            }
        }

        using (var appender = store.Connection.CreateAppender("population"))
        {
            foreach (var row in rows)
            {
                appender.CreateRow().AppendValue(force).AppendValue(row.Area).AppendValue(row.Year).AppendValue(row.Population).EndRow();
            }
        }

        return rows.Count;
    }
}

/// <summary>Area names with a meaning of their own in population files.</summary>
public static class PopulationAreas
{
    /// <summary>The area name of a population row that counts the whole force.</summary>
    public const string WholeForce = "ALL";
}
