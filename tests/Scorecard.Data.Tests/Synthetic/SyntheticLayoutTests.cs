using Scorecard.Core.Time;
using Scorecard.Data.Synthetic;

namespace Scorecard.Data.Tests.Synthetic;

/// <summary>Checks every generated header against the tables and lists of docs/force-extracts.md, read at test time.</summary>
public sealed class SyntheticLayoutTests : IDisposable
{
    private readonly SyntheticExtract _extract = new(new SyntheticForceOptions
    {
        OffencesPerYear = 1_200,
        From = new ReportMonth(2024, 4),
        To = new ReportMonth(2024, 5),
    });

    public void Dispose() => _extract.Dispose();

    private static readonly string[] Documentation = File.ReadAllLines(Path.Combine(RepositoryRoot.Path, "docs", "force-extracts.md"));

    [Theory]
    [InlineData("offences.csv")]
    [InlineData("calls.csv")]
    [InlineData("returns.csv")]
    public void Header_RecordFile_MatchesDocumentedTable(string file)
    {
        var documented = DocumentedTableColumns(file);

        Assert.Equal(documented, _extract.Header(file));
    }

    [Fact]
    public void Header_Survey_IsDocumentedColumnsThenQuestions()
    {
        var documented = DocumentedTableColumns("survey.csv");

        Assert.Equal([.. documented, "confidence", "drug-response", "protect-vulnerable", "feel-safe", "rural-confidence"], _extract.Header("survey.csv"));
    }

    [Theory]
    [InlineData("outcome-types.csv")]
    [InlineData("severity-weights.csv")]
    [InlineData("population.csv")]
    public void Header_ReferenceFile_MatchesDocumentedList(string file)
    {
        var documented = DocumentedReferenceColumns(file);

        Assert.Equal(documented, _extract.Header(file));
    }

    // Returns the backquoted names in the first column of the table under "## <file>", such as
    // "| `reference` | Crime reference ... |"; rows like "| any other column | ..." are not names.
    private static List<string> DocumentedTableColumns(string file)
    {
        var start = Array.FindIndex(Documentation, line => line.StartsWith($"## {file}", StringComparison.Ordinal));
        Assert.True(start >= 0, $"docs/force-extracts.md has no '## {file}' section.");
        var columns = new List<string>();
        foreach (var line in Documentation.Skip(start + 1).TakeWhile(line => !line.StartsWith("## ", StringComparison.Ordinal)))
        {
            if (line.StartsWith("| `", StringComparison.Ordinal))
            {
                columns.Add(line.Split('`')[1]);
            }
        }

        return columns;
    }

    // Returns the columns of a reference-data bullet such as
    // "- `population.csv`: `area, year, population`. Mid-year ...", without notes like "(yes/no)".
    private static List<string> DocumentedReferenceColumns(string file)
    {
        var line = Documentation.SingleOrDefault(line => line.StartsWith($"- `{file}`:", StringComparison.Ordinal));
        Assert.True(line is not null, $"docs/force-extracts.md has no '- `{file}`:' line.");
        var list = line!.Split('`')[3];
        return list.Split(',').Select(column => column.Split('(')[0].Trim()).ToList();
    }
}
