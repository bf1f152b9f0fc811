using DuckDB.NET.Data;
using Scorecard.Core.Time;
using Scorecard.Data.Store;

namespace Scorecard.Data.Import.Extracts;

/// <summary>
/// Reads <c>offences.csv</c> rows. Offence codes are checked against the loaded severity weights and
/// outcome types against the loaded outcome types, so reference data must be imported first. An
/// offence whose outcome is dated before it is stored and listed as bad: it counts as an offence,
/// but measures of outcomes leave its outcome out.
/// </summary>
internal sealed class OffenceReader : MonthlyExtractReader
{
    private readonly Dictionary<string, DateOnly> _firstWeightDateByCode;
    private readonly HashSet<string> _outcomeTypes;
    private readonly HashSet<string> _flags;

    /// <exception cref="ScorecardDataException">No severity weights or no outcome types are loaded.</exception>
    public OffenceReader(ScorecardStore store, string force, IReadOnlyList<string> extraFlags)
        : base(store, force)
    {
        _firstWeightDateByCode = store
            .Query("SELECT offence_code, min(effective_from) FROM severity_weights GROUP BY offence_code", reader => (Code: reader.GetString(0), From: ReferenceReader.ToDateOnly(reader.GetValue(1))))
            .ToDictionary(row => row.Code, row => row.From, StringComparer.Ordinal);
        _outcomeTypes = store.Query("SELECT DISTINCT outcome_type FROM outcome_types", reader => reader.GetString(0)).ToHashSet(StringComparer.Ordinal);
        if (_firstWeightDateByCode.Count == 0 || _outcomeTypes.Count == 0)
        {
            var missing = _firstWeightDateByCode.Count == 0 ? "severity weights" : "outcome types";
            throw new ScorecardDataException(
                $"No {missing} are loaded, so offence codes and outcome types cannot be checked and nothing was stored. "
                + $"Import reference data first, for example: scorecard import reference outcome-types.csv severity-weights.csv population.csv --force {force}");
        }

        _flags = OffenceFlags.BuiltIn.Concat(extraFlags.Select(OffenceFlags.Normalise)).ToHashSet(StringComparer.Ordinal);
    }

    public override string Table => "offences";

    public override string Contents => "offences";

    public override string Layout => "An offences file";

    public override IReadOnlyList<string> RequiredColumns => ExtractColumns.Offences;

    public override bool ReadRow(ExtractRecord record, DuckDBAppender staging, FileTally tally)
    {
        if (!record.Required("reference", "crime reference", out var reference) || !record.Date("recorded_date", out var recorded))
        {
            return false;
        }

        var month = ReportMonth.Of(recorded);
        record.CountsIn = (SourceKinds.Offences, month);
        if (!CheckUnique(record, "reference", "crime reference", reference)
            || !ReadCode(record, recorded, out var code)
            || !ReadFlags(record, out var flags)
            || !record.Sex("victim_sex", out var victimSex)
            || !ReadOutcome(record, out var outcomeType, out var outcomeDate))
        {
            return false;
        }

        var row = staging.CreateRow()
            .AppendValue(Force)
            .AppendValue(reference)
            .AppendValue(recorded)
            .AppendValue(month.FirstDay)
            .AppendValue(code)
            .AppendValue(flags);
        AppendText(row, record.Optional("victim_id"));
        AppendText(row, victimSex);
        AppendText(row, record.Optional("area"));
        AppendText(row, outcomeType);
        row.AppendValue(outcomeDate).EndRow();

        Remember(record, reference);
        tally.AddRow(SourceKinds.Offences, month);

        // Stored, so the offence counts, but listed as bad: solved and days-to-outcome measures
        // require outcome_date >= recorded_date and so leave this outcome out.
        if (outcomeDate < recorded)
        {
            record.Bad("outcome_date",
                $"The outcome is dated before the offence was recorded ({recorded:yyyy-MM-dd}). The offence is counted, but its outcome is left out of solved and days-to-outcome figures; correct one of the dates.");
        }

        return true;
    }

    private bool ReadCode(ExtractRecord record, DateOnly recorded, out string code)
    {
        if (!record.Required("offence_code", "offence code", out code))
        {
            return false;
        }

        code = code.ToUpperInvariant();
        if (!_firstWeightDateByCode.TryGetValue(code, out var firstWeightDate))
        {
            return record.Bad("offence_code",
                "The offence code has no severity weight loaded. Correct the code, or import reference data first with a severity-weights.csv that has it: scorecard import reference severity-weights.csv");
        }

        if (recorded < firstWeightDate)
        {
            return record.Bad("offence_code",
                $"The offence code's earliest severity weight is effective from {firstWeightDate:yyyy-MM-dd}, after the offence was recorded ({recorded:yyyy-MM-dd}). Import reference data with a weights version in force on that date first.");
        }

        return true;
    }

    private bool ReadFlags(ExtractRecord record, out List<string> flags)
    {
        flags = record.Text("flags")
            .Split(OffenceFlags.Separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(OffenceFlags.Normalise)
            .Distinct()
            .ToList();
        foreach (var flag in flags)
        {
            if (!_flags.Contains(flag))
            {
                return record.Bad("flags",
                    $"The flag '{flag}' is not known. Known flags: {string.Join(", ", _flags.Order(StringComparer.Ordinal))}. Correct it, or name it with --flag {flag} on the import to accept it.");
            }
        }

        return true;
    }

    private bool ReadOutcome(ExtractRecord record, out string? outcomeType, out DateOnly? outcomeDate)
    {
        outcomeType = record.Optional("outcome_type")?.ToUpperInvariant();
        outcomeDate = null;
        if (outcomeType is not null && !_outcomeTypes.Contains(outcomeType))
        {
            return record.Bad("outcome_type",
                $"The outcome type is not in the loaded outcome types ({string.Join(", ", _outcomeTypes.Order(StringComparer.Ordinal))}). Correct it, or import reference data first with an outcome-types.csv that has it.");
        }

        if (!record.OptionalDate("outcome_date", out outcomeDate))
        {
            return false;
        }

        if (outcomeType is null && outcomeDate is not null)
        {
            return record.Bad("outcome_type", "The outcome type is empty but an outcome date is given; fill in the type, or empty the date while the offence is open.");
        }

        if (outcomeType is not null && outcomeDate is null)
        {
            return record.Bad("outcome_date", "The outcome date is empty but an outcome type is given; fill in the date the outcome was recorded.");
        }

        return true;
    }
}
