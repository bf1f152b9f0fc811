using Scorecard.Data.Store;

namespace Scorecard.Data.Tests.Store;

public sealed class ScorecardStoreTests : IDisposable
{
    private readonly PoliceUkFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Open_NewFile_WritesSchemaVersion()
    {
        using var store = ScorecardStore.Open(_files.DatabasePath);

        Assert.Equal(StoreSchema.Version, store.SchemaVersion);
        Assert.True(File.Exists(_files.DatabasePath));
    }

    [Fact]
    public void Open_OtherSchemaVersion_IsRejected()
    {
        using (var store = ScorecardStore.Open(_files.DatabasePath))
        {
            store.Execute("UPDATE schema_info SET version = 99");
        }

        var error = Assert.Throws<ScorecardDataException>(() => ScorecardStore.Open(_files.DatabasePath));

        Assert.Contains("schema version 99", error.Message);
    }

    [Fact]
    public void Open_Twice_KeepsOneOutcomeMapping()
    {
        using (ScorecardStore.Open(_files.DatabasePath))
        {
        }

        using var store = ScorecardStore.Open(_files.DatabasePath);

        Assert.Equal((long)Core.Outcomes.PoliceUkOutcomes.All.Count, StoreCounts.Count(store, "outcome_categories"));
        Assert.Equal(1, StoreCounts.Count(store, "schema_info"));
    }

    [Fact]
    public void Open_FolderThatIsAFile_ExplainsWhat()
    {
        var blocker = Path.Combine(_files.Folder, "blocker");
        File.WriteAllText(blocker, "");

        var error = Assert.Throws<ScorecardDataException>(() => ScorecardStore.Open(Path.Combine(blocker, "store.duckdb")));

        Assert.Contains("--db", error.Message);
    }
}
