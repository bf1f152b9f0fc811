using Scorecard.Core.Time;

namespace Scorecard.Data.Synthetic;

/// <summary>How far generation has got: the file being written, the month just finished and the rows so far.</summary>
/// <param name="File">File name, such as <c>offences.csv</c>.</param>
/// <param name="Month">Month just written.</param>
/// <param name="MonthsDone">Months of this file written, 1 to <paramref name="MonthCount"/>.</param>
/// <param name="MonthCount">Months the file covers.</param>
/// <param name="Rows">Data rows of this file written so far.</param>
public sealed record SyntheticProgress(string File, ReportMonth Month, int MonthsDone, int MonthCount, long Rows);
