using System.Globalization;
using System.Text;

namespace Scorecard.Cli.Tests;

/// <summary>
/// Monthly returns that add up to the published Essex window values for the 12 months to Dec 2019,
/// May 2023 and May 2024. Counts are spread evenly over the 12 months; percentages, means and
/// survey shares are given as components whose unrounded values round to the published figures
/// and reproduce the published differences.
/// </summary>
internal static class EssexReturns
{
    private static readonly (int Year, int Month)[] WindowEnds = [(2019, 12), (2023, 5), (2024, 5)];

    /// <summary>Counts per window: baseline, previous, current.</summary>
    private static readonly Dictionary<string, long[]> Counts = new()
    {
        ["all-crime"] = [168_218, 161_421, 150_319],
        ["homicides"] = [60, 14, 17],
        ["asb-incidents"] = [42_084, 18_868, 15_412],
        ["calls-101"] = [293_049, 214_950, 189_886],
        ["online-reports"] = [24_467, 36_952, 41_556],
        ["drug-homicides"] = [10, 1, 0],
        ["violence-with-injury"] = [15_012, 15_591, 14_477],
        ["knife-crime"] = [1_638, 1_593, 1_517],
        ["ocg-disruptions"] = [99, 421, 403],
        ["domestic-abuse"] = [29_726, 27_249, 24_199],
        ["domestic-abuse-solved"] = [3_005, 3_155, 2_766],
        ["domestic-abuse-repeat-victims"] = [7_730, 8_078, 6_994],
        ["child-abuse"] = [5_259, 6_020, 5_500],
        ["child-abuse-solved"] = [275, 477, 376],
        ["nrm-referrals"] = [98, 234, 332],
        ["dvpn"] = [169, 145, 181],
        ["dvpo"] = [169, 127, 156],
        ["violence-against-females"] = [35_418, 36_035, 31_386],
        ["sexual-offences-females"] = [3_811, 4_654, 4_126],
        ["sexual-offences-females-solved"] = [203, 306, 293],
        ["repeat-victim-offences"] = [42_704, 43_881, 36_521],
        ["victim-support-referrals"] = [41_068, 28_148, 25_661],
        ["rural-crime"] = [26_459, 23_703, 22_358],
        ["rural-crime-solved"] = [3_047, 2_638, 2_609],
        ["dog-thefts"] = [57, 54, 44],
        ["dog-thefts-solved"] = [2, 3, 3],
    };

    /// <summary>Scores per window, given whole in the window's last month so the sum is exact.</summary>
    private static readonly Dictionary<string, double[]> Scores = new()
    {
        ["harm-score"] = [13.8, 14.3, 13.8],
        ["rural-harm-score"] = [8.7, 8.3, 8.1],
    };

    /// <summary>
    /// Numerator and denominator per window. Calls abandoned: 35.74% and 27.26% round to the
    /// published 35.7 and 27.3, and their unrounded difference -8.48 to the published -8.5.
    /// Waits are seconds over calls (420 s is 07:00); days are days over offences.
    /// </summary>
    private static readonly Dictionary<string, (double Numerator, double Denominator)[]> Ratios = new()
    {
        ["calls-101-abandoned"] = [(3_400, 10_000), (3_574, 10_000), (2_726, 10_000)],
        ["wait-101"] = [(420_000, 1_000), (614_000, 1_000), (518_000, 1_000)],
        ["days-to-investigate-high-harm"] = [(442, 10), (518, 10), (677, 10)],
    };

    /// <summary>
    /// Survey share (percent, unrounded) and published 95% interval half-width per window, or null
    /// where no survey ran. Unrounded shares are chosen so that rounded values and differences match
    /// the published ones: confidence 73.54 to 76.06 gives 2.52, published 2.5; victims 60.87 and
    /// 60.31 with non-victims 75.46 and 78.34 give disparities 14.59 and 18.03, a change of 3.44,
    /// published 14.6, 18.0 and 3.4, and changes of -0.56 and 2.88, published -0.6 and 2.9.
    /// </summary>
    private static readonly Dictionary<string, (double Percent, double HalfWidth)?[]> Surveys = new()
    {
        ["confidence"] = [(64.7, 1.1), (73.54, 1.0), (76.06, 1.0)],
        ["drug-confidence"] = [null, (57.6, 1.2), (59.4, 1.2)],
        ["protect-confidence"] = [(83.2, 1.0), (78.6, 1.0), (80.8, 0.9)],
        ["females-feel-safe"] = [null, (44.5, 1.5), (45.0, 1.5)],
        ["victims-confidence"] = [(52.7, 3.5), (60.87, 3.0), (60.31, 3.1)],
        ["non-victims-confidence"] = [(66.1, 1.1), (75.46, 1.0), (78.34, 1.0)],
        ["rural-confidence"] = [(64.2, 2.1), (74.0, 2.0), (76.4, 1.9)],
    };

    /// <summary>Returns the CSV in the returns layout: measure_id, month, area, value, numerator, denominator, squared_weights.</summary>
    public static string Csv()
    {
        var csv = new StringBuilder("measure_id,month,area,value,numerator,denominator,squared_weights\n");
        for (var window = 0; window < WindowEnds.Length; window++)
        {
            var months = MonthsOf(WindowEnds[window]);
            foreach (var (id, counts) in Counts)
            {
                var each = counts[window] / 12;
                var remainder = counts[window] % 12;
                for (var i = 0; i < 12; i++)
                {
                    csv.Append(Row(id, months[i], value: each + (i < remainder ? 1 : 0)));
                }
            }

            foreach (var (id, scores) in Scores)
            {
                for (var i = 0; i < 12; i++)
                {
                    csv.Append(Row(id, months[i], value: i == 11 ? scores[window] : 0));
                }
            }

            foreach (var (id, ratios) in Ratios)
            {
                for (var i = 0; i < 12; i++)
                {
                    var (numerator, denominator) = i == 11 ? ratios[window] : (0, 0);
                    csv.Append(Row(id, months[i], numerator: numerator, denominator: denominator));
                }
            }

            foreach (var (id, surveys) in Surveys)
            {
                if (surveys[window] is not { } survey)
                {
                    continue;
                }

                // Unit weights: sum w = sum w^2 = n, where n gives the published half-width
                // 1.959964 sqrt(p(1 - p) / n).
                var share = survey.Percent / 100;
                var halfWidth = survey.HalfWidth / 100;
                var n = Math.Round(1.959964 * 1.959964 * share * (1 - share) / (halfWidth * halfWidth));
                for (var i = 0; i < 12; i++)
                {
                    var (yes, weights) = i == 11 ? (share * n, n) : (0, 0);
                    csv.Append(Row(id, months[i], numerator: yes, denominator: weights, squaredWeights: weights));
                }
            }
        }

        return csv.ToString();
    }

    private static string[] MonthsOf((int Year, int Month) end)
    {
        var last = new DateOnly(end.Year, end.Month, 1);
        return Enumerable.Range(0, 12).Select(i => last.AddMonths(i - 11).ToString("yyyy-MM", CultureInfo.InvariantCulture)).ToArray();
    }

    private static string Row(string id, string month, double? value = null, double? numerator = null, double? denominator = null, double? squaredWeights = null) =>
        $"{id},{month},,{Number(value)},{Number(numerator)},{Number(denominator)},{Number(squaredWeights)}\n";

    private static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";
}
