using DuckDB.NET.Data;
using Scorecard.Core.Time;
using Scorecard.Data.Store;

namespace Scorecard.Data.Import.Extracts;

/// <summary>
/// Reads <c>survey.csv</c> rows: one response each, with one column per question. Each answered
/// question becomes one stored row (long form), so a measure reads one question without knowing the
/// others. A question left empty was not asked and is not stored.
/// </summary>
internal sealed class SurveyReader(ScorecardStore store, string force) : MonthlyExtractReader(store, force)
{
    private static readonly HashSet<string> ResponseColumns = [.. ExtractColumns.SurveyRequired, .. ExtractColumns.SurveyOptional];

    private readonly List<bool?> _answers = [];
    private ExtractHeader? _questionsHeader;
    private List<string> _questions = [];

    public override string Table => "survey_answers";

    public override string Contents => "survey responses";

    public override string Layout => "A survey file";

    public override IReadOnlyList<string> RequiredColumns => ExtractColumns.SurveyRequired;

    public override string? CheckHeader(ExtractHeader header) =>
        Questions(header).Any()
            ? null
            : $"The header has no question columns besides {string.Join(", ", ExtractColumns.SurveyRequired.Concat(ExtractColumns.SurveyOptional))}; add one column per question, named like confidence, with yes, no or empty answers.";

    public override bool ReadRow(ExtractRecord record, DuckDBAppender staging, FileTally tally)
    {
        if (!record.Required("response_id", "response id", out var responseId) || !record.Date("date", out var date))
        {
            return false;
        }

        var month = ReportMonth.Of(date);
        record.CountsIn = (SourceKinds.Survey, month);
        if (!CheckUnique(record, "response_id", "response id", responseId)
            || !record.Number("weight", out var weight)
            || !CheckWeight(record, weight)
            || !record.OptionalYesNo("victim", out var victim)
            || !record.Sex("sex", out var sex))
        {
            return false;
        }

        // Every answer is checked before any is stored, so a response with one bad answer is left out whole.
        if (_questionsHeader != record.Header)
        {
            _questionsHeader = record.Header;
            _questions = Questions(record.Header).ToList();
        }

        var questions = _questions;
        _answers.Clear();
        foreach (var question in questions)
        {
            if (!record.OptionalYesNo(question, out var answer))
            {
                return false;
            }

            _answers.Add(answer);
        }

        var area = record.Optional("area");
        for (var i = 0; i < questions.Count; i++)
        {
            if (_answers[i] is not { } answer)
            {
                continue;
            }

            var row = staging.CreateRow()
                .AppendValue(Force)
                .AppendValue(responseId)
                .AppendValue(date)
                .AppendValue(month.FirstDay)
                .AppendValue(weight)
                .AppendValue(victim);
            AppendText(row, sex);
            AppendText(row, area);
            row.AppendValue(questions[i]).AppendValue(answer).EndRow();
        }

        Remember(record, responseId);
        tally.AddRow(SourceKinds.Survey, month);
        return true;
    }

    private static bool CheckWeight(ExtractRecord record, double weight) =>
        weight > 0 || record.Bad("weight", "The survey weight must be greater than zero; correct it, or remove the response.");

    private static IEnumerable<string> Questions(ExtractHeader header) => header.Names.Where(name => !ResponseColumns.Contains(name));
}
