using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using System.Text.RegularExpressions;
using CustomerMetrics.Cli.Input;
using CustomerMetrics.Cli.Output;
using CustomerMetrics.Internal;

namespace CustomerMetrics.Cli.Commands;

/// <summary><c>customer-metrics loss</c>: what losing one client costs, or the expected loss of a client base.</summary>
internal static class LossCommand
{
    private static readonly IReadOnlyDictionary<string, PaymentTiming> TimingNames = new Dictionary<string, PaymentTiming>(StringComparer.OrdinalIgnoreCase)
    {
        ["end"] = PaymentTiming.EndOfYear,
        ["start"] = PaymentTiming.StartOfYear,
    };

    /// <summary>Each scenario property, its option and its column in a clients file.</summary>
    private static readonly (string Property, string Option, string Column)[] Names =
    [
        (nameof(ClientLossScenario.AnnualPurchases), "--purchases", "purchases"),
        (nameof(ClientLossScenario.AnnualIncrease), "--increase", "increase"),
        (nameof(ClientLossScenario.AnnualGrowthRate), "--growth-rate", "growth_rate"),
        (nameof(ClientLossScenario.Years), "--years", "years"),
        (nameof(ClientLossScenario.NetMargin), "--margin", "margin"),
        (nameof(ClientLossScenario.DiscountRate), "--discount", "discount"),
        (nameof(ClientLossScenario.RetentionProbability), "--retention", "retention"),
        (nameof(ClientLossScenario.AcquisitionCost), "--acquisition-cost", "acquisition_cost"),
        (nameof(ClientLossScenario.Timing), "--timing", "timing"),
    ];

    internal static Command Build(CliConsole console)
    {
        var command = CommandHelp.Create(
            "loss",
            "What losing a client costs; the expected loss of a client base.",
            "What losing a client costs over T years, with the year-by-year schedule (the sources' example: --purchases 10000 --increase 2000 --years 5 --margin 0.2 gives 70 000 of lost sales and 14 000 of lost profit); or, with --clients FILE, the expected loss of a client base.");
        var purchases = new Option<string?>("--purchases") { Description = "What the client buys in the first year (required for one client).", HelpName = "P" };
        var years = new Option<string?>("--years") { Description = "The horizon, 1 to 100 years (required for one client).", HelpName = "T" };
        var margin = new Option<string?>("--margin") { Description = "Net margin as a share of sales, e.g. 0.2 (required for one client).", HelpName = "M" };
        var increase = new Option<string?>("--increase") { Description = "Linear growth: how much more the client buys each year (may be negative).", HelpName = "I" };
        var growthRate = new Option<string?>("--growth-rate") { Description = "Geometric growth: purchases × (1 + G) each year (not with --increase).", HelpName = "G" };
        var discount = new Option<string?>("--discount") { Description = "Yearly discount rate for the present value, e.g. 0.1. Default: 0.", HelpName = "D" };
        Option<string?> timing = OptionValues.Choice("--timing", "When each year's amount is paid: end (default) or start.", "end", "start");
        var retention = new Option<string?>("--retention") { Description = "The chance the client would have stayed each further year. Default: 1.", HelpName = "R" };
        var acquisition = new Option<string?>("--acquisition-cost") { Description = "What finding a new client costs. Default: 0.", HelpName = "C" };
        var clients = new Option<string?>("--clients")
        {
            Description = "A client base: a file with the columns id, purchases, years, margin, churn (required) and increase, growth_rate, discount, timing, retention, acquisition_cost (optional; an empty cell takes the default).",
            HelpName = "FILE",
        };
        var top = new Option<string?>("--top") { Description = "With --clients: how many clients at risk to list. Default: 10.", HelpName = "N" };
        Option<string?>[] oneClient = [purchases, years, margin, increase, growthRate, discount, timing, retention, acquisition];
        foreach (Option<string?> option in oneClient.Append(clients).Append(top))
        {
            command.Options.Add(option);
        }

        var input = new InputOptions(command, readsFiles: true);
        var output = new OutputOptions(command, hasMoney: true);

        command.SetAction(result =>
        {
            InputSettings settings = input.Read(result);
            OutputSettings outputSettings = output.Read(result);
            if (result.GetValue(clients) is { } path)
            {
                if (oneClient.FirstOrDefault(option => result.GetValue(option) is not null) is { } given)
                {
                    throw new CliException($"loss: {given.Name} describes one client; with --clients every client's figures come from the file");
                }

                int count = OptionValues.Int32(result, top, settings) ?? 10;
                if (count < 0)
                {
                    throw new CliException($"loss: --top should be a number of clients, 0 or more; got {count}");
                }

                Table table = InputFile.ReadTable(path, console, settings, hasHeader: true);
                ReportSection portfolio = LossSections.Portfolio($"Expected loss of a client base: {table.Name}", Portfolio(table, count), outputSettings.Currency);
                ReportOutput.Write([portfolio], outputSettings, console, portfolio.Title);
                return 0;
            }

            if (result.GetValue(top) is not null)
            {
                throw new CliException("loss: --top lists the clients at risk of a client base: give --clients FILE");
            }

            if (OptionValues.Decimal(result, purchases, settings) is not { } annual
                || OptionValues.Int32(result, years, settings) is not { } horizon
                || OptionValues.Decimal(result, margin, settings) is not { } netMargin)
            {
                throw new CliException("loss: give --purchases, --years and --margin for one client, or --clients FILE for a client base (see 'customer-metrics loss --help')");
            }

            if (result.GetValue(increase) is not null && result.GetValue(growthRate) is not null)
            {
                throw new CliException("loss: give either --increase (a fixed amount more each year) or --growth-rate (a share more each year), not both");
            }

            var scenario = new ClientLossScenario
            {
                AnnualPurchases = annual,
                Years = horizon,
                NetMargin = netMargin,
                AnnualIncrease = OptionValues.Decimal(result, increase, settings) ?? 0,
                AnnualGrowthRate = OptionValues.Double(result, growthRate, settings) ?? 0,
                DiscountRate = OptionValues.Double(result, discount, settings) ?? 0,
                Timing = TimingNames[result.GetValue(timing) ?? "end"],
                RetentionProbability = OptionValues.Double(result, retention, settings) ?? 1,
                AcquisitionCost = OptionValues.Decimal(result, acquisition, settings) ?? 0,
            };
            ClientLossResult loss;
            try
            {
                loss = ClientLoss.Calculate(scenario);
            }
            catch (ArgumentException error)
            {
                string option = Names.FirstOrDefault(name => name.Property == error.ParamName).Option ?? "the options";
                throw new CliException($"loss: {option}: {Renamed(Preconditions.Sentence(error), name => name.Option)}");
            }

            ReportSection section = LossSections.OneClient("Cost of losing a client", scenario, loss, outputSettings.Currency);
            ReportOutput.Write([section], outputSettings, console, section.Title);
            return 0;
        });
        return command;
    }

    private static ClientPortfolioResult Portfolio(Table table, int top)
    {
        int id = table.Column("id");
        int purchases = table.Column("purchases");
        int years = table.Column("years");
        int margin = table.Column("margin");
        int churn = table.Column("churn");
        int? increase = table.OptionalColumn("increase");
        int? growthRate = table.OptionalColumn("growth_rate");
        int? discount = table.OptionalColumn("discount");
        int? timing = table.OptionalColumn("timing");
        int? retention = table.OptionalColumn("retention");
        int? acquisitionCost = table.OptionalColumn("acquisition_cost");

        var clients = new List<PortfolioClient>(table.Rows.Count);
        foreach (TableRow row in table.Rows)
        {
            string timingText = timing is { } t ? table.Text(row, t) : string.Empty;
            if (timingText.Length > 0 && !TimingNames.ContainsKey(timingText))
            {
                throw table.Error(row, timing!.Value, $"'{TextInput.ForMessage(timingText)}' is not a payment timing (end or start)");
            }

            foreach (int required in new[] { id, purchases, years, margin, churn })
            {
                if (table.Text(row, required).Length == 0)
                {
                    throw table.Error(row, required, "the cell is empty; every client needs an id, purchases, years, margin and churn");
                }
            }

            if (increase is { } i && growthRate is { } g && table.Text(row, i).Length > 0 && table.Text(row, g).Length > 0)
            {
                throw table.Error(row, g, "give either increase or growth_rate for a client, not both");
            }

            var scenario = new ClientLossScenario
            {
                AnnualPurchases = table.Decimal(row, purchases, 0),
                AnnualIncrease = table.Decimal(row, increase, 0),
                AnnualGrowthRate = table.Double(row, growthRate, 0),
                Years = table.Int32(row, years, 0),
                NetMargin = table.Decimal(row, margin, 0),
                DiscountRate = table.Double(row, discount, 0),
                Timing = timingText.Length > 0 ? TimingNames[timingText] : PaymentTiming.EndOfYear,
                RetentionProbability = table.Double(row, retention, 1),
                AcquisitionCost = table.Decimal(row, acquisitionCost, 0),
            };
            double churnProbability = table.Double(row, churn, double.NaN);
            if (!(churnProbability >= 0 && churnProbability <= 1))
            {
                throw table.Error(row, churn, $"churn should be a probability in [0, 1]; got '{TextInput.ForMessage(table.Text(row, churn))}'");
            }

            try
            {
                ClientLoss.Validate(scenario);
            }
            catch (ArgumentException error)
            {
                // Point at the cell of the property the library names, in the file's words.
                string? columnName = Names.FirstOrDefault(name => name.Property == error.ParamName).Column;
                int column = columnName is null ? purchases : table.OptionalColumn(columnName) ?? purchases;
                throw table.Error(row, column, Renamed(Preconditions.Sentence(error), name => name.Column));
            }

            clients.Add(new PortfolioClient(table.Text(row, id), scenario, churnProbability));
        }

        try
        {
            return ClientLoss.Portfolio(clients, top);
        }
        catch (ArgumentException error)
        {
            throw new CliException($"{table.Name}: {Renamed(Preconditions.Sentence(error), name => name.Column)}"); // decimal range exceeded by the totals
        }
    }

    /// <summary>A library message with the scenario's property names replaced by the user's words (options or columns).</summary>
    private static string Renamed(string message, Func<(string Property, string Option, string Column), string> word)
    {
        foreach (var name in Names)
        {
            message = Regex.Replace(message, $@"\b{name.Property}\b", word(name));
        }

        return message;
    }
}
