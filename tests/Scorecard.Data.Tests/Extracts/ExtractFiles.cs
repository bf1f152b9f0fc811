using Scorecard.Data.Import.Extracts;
using Scorecard.Data.Store;

namespace Scorecard.Data.Tests.Extracts;

/// <summary>Writes tiny force extract files into a temporary folder that is deleted afterwards, and imports them.</summary>
public sealed class ExtractFiles : IDisposable
{
    public const string Force = "test-force";

    public const string OffencesHeader = "reference,recorded_date,offence_code,flags,victim_id,victim_sex,area,outcome_type,outcome_date";

    public const string CallsHeader = "call_id,channel,received_at,answered,wait_seconds,area";

    public const string ReturnsHeader = "measure_id,month,area,value,numerator,denominator,squared_weights";

    public const string OutcomeTypesHeader = "outcome_type,description,solved,effective_from,effective_to";

    public const string WeightsHeader = "offence_code,weight,version,effective_from";

    public const string PopulationHeader = "area,year,population";

    /// <summary>
    /// Outcome types used by most tests: 1 (charged) and 8 (community resolution) are solved, 18
    /// (no suspect) is not; 21 counts as solved up to 2023-03-31 and not from 2023-04-01.
    /// </summary>
    public static readonly string[] OutcomeTypes =
    [
        "1,Charged or summonsed,yes,2000-01-01,",
        "8,Community resolution,yes,2000-01-01,",
        "18,Investigation complete: no suspect identified,no,2000-01-01,",
        "21,Not in the public interest (police decision),yes,2000-01-01,2023-03-31",
        "21,Not in the public interest (police decision),no,2023-04-01,",
    ];

    /// <summary>Severity weights in days: homicide 1 is 5000, burglary 28E is 100 and then 150 from 2024, 8N is 10, 105A is 20, 3A is 30.</summary>
    public static readonly string[] Weights =
    [
        "1,5000,2020,2000-01-01",
        "28E,100,2020,2000-01-01",
        "8N,10,2020,2000-01-01",
        "105A,20,2020,2000-01-01",
        "3A,30,2020,2000-01-01",
        "28E,150,2024,2024-01-01",
    ];

    // The temporary folder is shared with the police.uk test files, which write and delete it the same way.
    private readonly PoliceUkFiles _folder = new();

    public string Folder => _folder.Folder;

    public string DatabasePath => _folder.DatabasePath;

    /// <summary>An offence row: reference, recorded date, code, flags, victim id, sex, area, outcome type and date.</summary>
    public static string Offence(
        string reference, string recorded, string code = "8N", string flags = "", string victim = "", string sex = "", string area = "North", string outcome = "", string outcomeDate = "") =>
        $"{reference},{recorded},{code},{flags},{victim},{sex},{area},{outcome},{outcomeDate}";

    /// <summary>Writes <paramref name="name"/> with the header and rows, returning its full path.</summary>
    public string Write(string name, string header, params string[] rows) => _folder.Write(name, header, rows);

    /// <summary>Imports the default outcome types and severity weights, and the given population rows.</summary>
    public void ImportReference(ScorecardStore store, params string[] population)
    {
        var paths = new List<string>
        {
            Write("outcome-types.csv", OutcomeTypesHeader, OutcomeTypes),
            Write("severity-weights.csv", WeightsHeader, Weights),
        };
        if (population.Length > 0)
        {
            paths.Add(Write("population.csv", PopulationHeader, population));
        }

        var result = new ExtractImporter(store).Import(ExtractKind.Reference, paths, new ExtractImportOptions(Force));
        Assert.Equal(0, result.BadRowCount);
    }

    /// <summary>Writes and imports an offences file, returning the result.</summary>
    public ExtractImportResult ImportOffences(ScorecardStore store, params string[] rows) =>
        new ExtractImporter(store).Import(ExtractKind.Offences, [Write("offences.csv", OffencesHeader, rows)], new ExtractImportOptions(Force));

    /// <summary>Opens an in-memory store with the default reference data loaded.</summary>
    public ScorecardStore StoreWithReference(params string[] population)
    {
        var store = ScorecardStore.OpenInMemory();
        ImportReference(store, population);
        return store;
    }

    public void Dispose() => _folder.Dispose();
}
