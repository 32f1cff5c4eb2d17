using System;
using System.CommandLine;
using CustomerMetrics.Cli.Input;
using CustomerMetrics.Cli.Output;
using CustomerMetrics.Internal;

namespace CustomerMetrics.Cli.Commands;

/// <summary><c>customer-metrics erlang</c>: contact-centre staffing by Erlang C.</summary>
internal static class ErlangCommand
{
    internal static Command Build(CliConsole console)
    {
        var command = CommandHelp.Create(
            "erlang",
            "Contact-centre staffing by Erlang C.",
            "Contact-centre staffing by Erlang C: the agents needed to answer a share of contacts within a time, with the service level, the callers who wait, the average speed of answer and the occupancy over a range of agents. The check value: --calls 100 --interval 30m --aht 180s --answer-within 20s --target 0.8 needs 14 agents.");
        var calls = new Option<string?>("--calls") { Description = "Contacts arriving per interval (with --interval).", HelpName = "N" };
        var interval = new Option<string?>("--interval") { Description = "The interval the contacts arrive in, e.g. 30m or 1h. Default: 30m.", HelpName = "T" };
        var traffic = new Option<string?>("--traffic") { Description = "The traffic in Erlangs, instead of --calls and --interval.", HelpName = "E" };
        var aht = new Option<string?>("--aht") { Description = "The average handle time (talk and wrap-up), e.g. 180s (required).", HelpName = "T" };
        var within = new Option<string?>("--answer-within") { Description = "The target answer time, e.g. 20s (required).", HelpName = "T" };
        var target = new Option<string?>("--target") { Description = "The share to answer within that time, e.g. 0.8 (required).", HelpName = "S" };
        var shrinkage = new Option<string?>("--shrinkage") { Description = "The share of paid time agents are not on the phones (breaks, training), in [0, 1). Default: 0.", HelpName = "S" };
        var from = new Option<string?>("--agents-from") { Description = "The smallest number of agents in the table. Default: 3 below the number needed.", HelpName = "N" };
        var to = new Option<string?>("--agents-to") { Description = "The largest number of agents in the table. Default: 3 above the number needed.", HelpName = "N" };
        foreach (Option option in new Option[] { calls, interval, traffic, aht, within, target, shrinkage, from, to })
        {
            command.Options.Add(option);
        }

        var input = new InputOptions(command, readsFiles: false);
        var output = new OutputOptions(command, hasMoney: false);

        command.SetAction(result =>
        {
            InputSettings settings = input.Read(result);
            OutputSettings outputSettings = output.Read(result);
            TimeSpan handleTime = Positive(OptionValues.Duration(result, aht, settings, TimeSpan.FromSeconds(1)), "--aht", "180s");
            TimeSpan answerWithin = OptionValues.Duration(result, within, settings, TimeSpan.FromSeconds(1))
                ?? throw new CliException("erlang: give the target answer time with --answer-within, e.g. 20s");
            if (answerWithin < TimeSpan.Zero)
            {
                throw new CliException("erlang: --answer-within should be 0 or more");
            }

            double goal = OptionValues.Share(result, target, settings, "0.8", lowIncluded: false)
                ?? throw new CliException("erlang: give the share to answer in time with --target, e.g. 0.8");
            double lost = OptionValues.Share(result, shrinkage, settings, "0.3", highIncluded: false) ?? 0;

            double arrivals;
            TimeSpan period;
            if (OptionValues.Double(result, traffic, settings) is { } erlangs)
            {
                if (result.GetValue(calls) is not null || result.GetValue(interval) is not null)
                {
                    throw new CliException("erlang: give either --traffic or --calls with --interval, not both");
                }

                // a = arrivals × AHT / interval: over an interval of one handle time, the arrivals are the traffic.
                arrivals = erlangs;
                period = handleTime;
            }
            else
            {
                arrivals = OptionValues.Double(result, calls, settings)
                    ?? throw new CliException("erlang: give --calls (contacts per interval) and --interval, or --traffic in Erlangs");
                period = OptionValues.Duration(result, interval, settings, TimeSpan.FromMinutes(1)) ?? TimeSpan.FromMinutes(30);
                period = Positive(period, "--interval", "30m");
            }

            if (!(arrivals > 0) || !double.IsFinite(arrivals))
            {
                throw new CliException("erlang: the traffic should be greater than 0");
            }

            int? agentsFrom = OptionValues.Int32(result, from, settings);
            int? agentsTo = OptionValues.Int32(result, to, settings);
            if (agentsFrom is < 1 || agentsTo is < 1 || agentsFrom > agentsTo)
            {
                throw new CliException("erlang: --agents-from and --agents-to should be 1 or more, from the smaller to the larger");
            }

            ReportSection section;
            try
            {
                section = ServiceSections.Staffing("Contact-centre staffing (Erlang C)", arrivals, period, handleTime, answerWithin, goal, lost, agentsFrom, agentsTo);
            }
            catch (ArgumentException error)
            {
                throw new CliException($"erlang: {Preconditions.Sentence(error)}");
            }

            ReportOutput.Write([section], outputSettings, console, section.Title);
            return 0;
        });
        return command;
    }

    private static TimeSpan Positive(TimeSpan? value, string option, string example) =>
        value switch
        {
            null => throw new CliException($"erlang: give {option}, e.g. {example}"),
            { } time when time <= TimeSpan.Zero => throw new CliException($"erlang: {option} should be greater than 0, e.g. {example}"),
            { } time => time,
        };
}
