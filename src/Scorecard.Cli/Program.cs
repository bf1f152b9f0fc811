using Scorecard.Cli;

return ScorecardCli.Run(args);
