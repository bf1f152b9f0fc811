using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Scorecard.Core.Scorecards;
using Scorecard.Reports.Json;
using Scorecard.Reports.Tests.Rendering;

namespace Scorecard.Reports.Tests.Json;

public class JsonScorecardRendererTests
{
    private static readonly JsonElement Essex = Parse(TestReports.Essex());
    private static readonly JsonElement Surveys = Parse(TestReports.Surveys());
    private static readonly JsonSchemaSubset Schema = LoadSchema();

    [Fact]
    public void Render_EssexValidatesAgainstSchema()
    {
        Assert.Empty(Schema.Validate(Essex));
    }

    [Fact]
    public void Render_SurveysValidatesAgainstSchema()
    {
        Assert.Empty(Schema.Validate(Surveys));
    }

    [Fact]
    public void Validate_MissingRequiredPropertyReported()
    {
        var document = JsonNode.Parse(Essex.GetRawText())!;
        document["priorities"]![0]!["indicators"]![0]!.AsObject().Remove("direction");

        var errors = Schema.Validate(JsonDocument.Parse(document.ToJsonString()).RootElement);

        Assert.Contains("$.priorities[0].indicators[0]: required property 'direction' is missing.", errors);
    }

    [Fact]
    public void Validate_WrongTypeReported()
    {
        var document = JsonNode.Parse(Essex.GetRawText())!;
        document["reportMonth"] = 202405;

        var errors = Schema.Validate(JsonDocument.Parse(document.ToJsonString()).RootElement);

        Assert.Contains("$.reportMonth: expected \"string\", found Number.", errors);
    }

    [Fact]
    public void Validate_UnknownPropertyReported()
    {
        var document = JsonNode.Parse(Essex.GetRawText())!;
        document["provenance"]!["user"] = "someone";

        var errors = Schema.Validate(JsonDocument.Parse(document.ToJsonString()).RootElement);

        Assert.Contains("$.provenance: property 'user' is not in the schema.", errors);
    }

    [Fact]
    public void Render_ValuesUnrounded()
    {
        var values = Indicator(Essex, "calls-abandoned").GetProperty("values");

        Assert.Equal(35.74, values[1].GetProperty("value").GetDouble());
        Assert.Equal("35.7", values[1].GetProperty("display").GetString());
    }

    [Fact]
    public void Render_DifferenceFromUnroundedValues()
    {
        var differences = Indicator(Essex, "calls-abandoned").GetProperty("differences");

        Assert.Equal(27.26 - 35.74, differences.GetProperty("number").GetDouble());
        Assert.Equal("-8.5", differences.GetProperty("numberDisplay").GetString());
        Assert.Equal(JsonValueKind.Null, differences.GetProperty("percent").ValueKind);
    }

    [Fact]
    public void Render_PercentDifferenceUnrounded()
    {
        var percent = Indicator(Essex, "all-crime").GetProperty("differences").GetProperty("percent").GetDouble();

        Assert.Equal((150_319.0 - 161_421.0) / 161_421.0 * 100.0, percent);
    }

    [Fact]
    public void Render_NotAvailableValueIsNullWithNote()
    {
        var value = Indicator(Essex, "knife-crime").GetProperty("values")[0];

        Assert.Equal(JsonValueKind.Null, value.GetProperty("value").ValueKind);
        Assert.Equal("a", value.GetProperty("noteMarker").GetString());
        Assert.Equal(["2019-01", "2019-02", "2019-03"], value.GetProperty("missingMonths").EnumerateArray().Select(month => month.GetString()));
    }

    [Fact]
    public void Render_ComponentsOfEachValue()
    {
        var components = Indicator(Essex, "all-crime").GetProperty("values")[2].GetProperty("components");

        Assert.Equal(150_319, components.GetProperty("numerator").GetDouble());
        Assert.Equal(0, components.GetProperty("denominator").GetDouble());
    }

    [Fact]
    public void Render_IntervalWithHalfWidth()
    {
        var interval = Indicator(Surveys, "confidence").GetProperty("values")[2].GetProperty("interval");

        Assert.Equal(76.1 - 1.04, interval.GetProperty("lower").GetDouble(), 12);
        Assert.Equal(1.04, interval.GetProperty("halfWidth").GetDouble(), 12);
        Assert.Equal("1.0", interval.GetProperty("halfWidthDisplay").GetString());
        Assert.Equal("normal", interval.GetProperty("method").GetString());
    }

    [Fact]
    public void Render_SubgroupAndMethod()
    {
        var indicator = Indicator(Surveys, "non-victims");

        Assert.Equal("Non-Victims", indicator.GetProperty("subgroup").GetString());
        Assert.Equal("M2", indicator.GetProperty("directionMethod").GetProperty("marker").GetString());
        Assert.Equal("improving", indicator.GetProperty("direction").GetString());
    }

    [Fact]
    public void Render_TrendOfThirtySixMonths()
    {
        var trend = Indicator(Essex, "children").GetProperty("trend");

        Assert.Equal(36, trend.GetArrayLength());
        Assert.Equal("2021-06", trend[0].GetProperty("month").GetString());
        Assert.Equal(JsonValueKind.Null, trend[35].GetProperty("value").ValueKind);
    }

    [Fact]
    public void Render_ProvenanceAndCoverage()
    {
        var provenance = Essex.GetProperty("provenance");
        var coverage = Essex.GetProperty("coverage")[0];

        Assert.Equal("2026-12-04T20:45:10Z", provenance.GetProperty("generatedAt").GetString());
        Assert.Equal("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", provenance.GetProperty("planSha256").GetString());
        Assert.Equal(4, coverage.GetProperty("missingMonths").GetArrayLength());
        Assert.Equal(1_234_567, coverage.GetProperty("rows").GetInt64());
    }

    [Fact]
    public void Render_NothingLoadedHasNullMonths()
    {
        Assert.Equal(JsonValueKind.Null, Essex.GetProperty("coverage")[1].GetProperty("firstMonth").ValueKind);
    }

    [Fact]
    public void Schema_DescribesEveryIndicatorProperty()
    {
        var schema = JsonDocument.Parse(File.ReadAllText(SchemaPath)).RootElement;
        var declared = schema.GetProperty("$defs").GetProperty("indicator").GetProperty("properties").EnumerateObject().Select(property => property.Name);

        Assert.Equal(declared.Order(), Indicator(Essex, "all-crime").EnumerateObject().Select(property => property.Name).Order());
    }

    internal static JsonElement Parse(ScorecardReport report)
    {
        var writer = new StringWriter();
        new JsonScorecardRenderer().Render(report, writer);
        return JsonDocument.Parse(writer.ToString()).RootElement;
    }

    internal static string SchemaPath => Path.Combine(RepositoryRoot, "docs", "scorecard-json-schema.json");

    private static string RepositoryRoot =>
        typeof(JsonScorecardRendererTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == "RepositoryRoot").Value!;

    private static JsonSchemaSubset LoadSchema() => new(JsonDocument.Parse(File.ReadAllText(SchemaPath)).RootElement);

    private static JsonElement Indicator(JsonElement document, string id) =>
        document.GetProperty("priorities").EnumerateArray()
            .SelectMany(priority => priority.GetProperty("indicators").EnumerateArray())
            .Single(indicator => indicator.GetProperty("id").GetString() == id);
}
