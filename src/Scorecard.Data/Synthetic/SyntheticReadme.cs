using System.Globalization;
using System.Text;

namespace Scorecard.Data.Synthetic;

/// <summary>The README.txt written beside a synthetic extract: what the data is, how it was made and what it is not.</summary>
internal static class SyntheticReadme
{
    /// <summary>Returns the README text; it contains no date or time, so reruns stay byte-identical.</summary>
    public static string Text(SyntheticForceOptions options, IReadOnlyList<SyntheticFileCount> counts)
    {
        var text = new StringBuilder();
        var culture = CultureInfo.InvariantCulture;
        text.AppendLine("SYNTHETIC DATA - NOT REAL POLICE DATA");
        text.AppendLine();
        text.AppendLine(culture, $"These files describe an invented police force, \"{options.ForceName}\". They were made by");
        text.AppendLine("Scorecard generate from a random seed. Every offence, victim, call, survey response and figure");
        text.AppendLine("in them is made up. They are not police data and must not be reported as such. The areas,");
        text.AppendLine("\"Area 01\" to \"Area 10\", are not real places.");
        text.AppendLine();
        text.AppendLine("Made with:");
        text.AppendLine(culture, $"  scorecard generate --out FOLDER --seed {options.Seed} --offences-per-year {options.OffencesPerYear} --from {options.From} --to {options.To} --force-name \"{options.ForceName}\"");
        text.AppendLine("The same command writes the same bytes again.");
        text.AppendLine();
        text.AppendLine("Files (data rows, not counting the header):");
        foreach (var count in counts)
        {
            text.AppendLine(culture, $"  {count.File,-22} {count.Rows,12:N0}");
        }

        text.AppendLine();
        text.AppendLine("The layouts are those of Scorecard's force extracts (docs/force-extracts.md). Load them with");
        text.AppendLine("scorecard import reference, offences, calls, survey and returns.");
        text.AppendLine();
        text.AppendLine("What is invented:");
        text.AppendLine("- Offence codes follow the Home Office Counting Rules, except 49D, which stands for dog theft");
        text.AppendLine("  here. Their shares, flags, solved rates and trends are invented to look like a large county force.");
        text.AppendLine(culture, $"- Severity weights (version {SyntheticOffenceCodes.SeverityVersion}) are invented, in days; they are not the ONS weights.");
        text.AppendLine("- Outcome types are the Home Office's 1 to 22 with 1A; 1, 1A, 2, 3, 4, 6, 7 and 8 count as solved.");
        text.AppendLine(culture, $"  Every type is given the same effective-from date, {HomeOfficeOutcomeTypes.EffectiveFrom:yyyy-MM-dd}, which is not its real start date.");
        text.AppendLine(culture, $"- {OutcomeModel.NeverConcluded * 100:0.#}% of offences never reach an outcome, and offences whose outcome would fall");
        text.AppendLine("  after the last month generated are still open (no outcome). Outcomes of offences recorded before");
        text.AppendLine("  the first month are not in the file, so solved counts in the first few months are low.");
        text.AppendLine("- Survey questions: confidence, drug-response, protect-vulnerable, feel-safe (female respondents");
        text.AppendLine("  only) and rural-confidence (respondents in rural parts only). drug-response and feel-safe are");
        text.AppendLine("  asked from April 2021; earlier answers are empty.");
        text.AppendLine("- Monthly returns (whole force, area empty): " + string.Join(", ", ReturnsGenerator.MeasureIds) + ".");
        text.AppendLine("- Online reports in calls.csv are marked answered with no wait.");
        text.AppendLine(culture, $"- Calls, survey responses, returns and population scale with --offences-per-year; the survey keeps at least {SurveyGenerator.MinResponsesPerMonth} responses a month.");
        text.AppendLine();
        text.AppendLine("Offence codes:");
        foreach (var code in SyntheticOffenceCodes.All)
        {
            text.AppendLine(culture, $"  {code.Code,-5} {code.Description} (weight {code.SeverityDays:0.#} days)");
        }

        return text.ToString().Replace("\r\n", "\n");
    }
}
