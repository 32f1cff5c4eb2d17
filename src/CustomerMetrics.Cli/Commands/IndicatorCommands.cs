using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using CustomerMetrics.Cli.Input;
using CustomerMetrics.Cli.Output;
using CustomerMetrics.Internal;

namespace CustomerMetrics.Cli.Commands;

/// <summary>The sources' other indicators: repeat, complaints, ideas, pce and indicators.</summary>
internal static class IndicatorCommands
{
    internal static Command Repeat(CliConsole console)
    {
        var command = CommandHelp.Create(
            "repeat",
            "Repeat purchases from an order log or from purchases per customer.",
            "Repeat purchases: the share of orders that are repeat orders (every order after a customer's first; the sources cite 75 % at one retailer) and the share of customers who bought two or more times, with 95 % intervals. FILE has a header. With --customer NAME, each row is an order and NAME holds its customer id (ids are compared exactly, so 'Ivan' and 'ivan' are two customers). With --purchases NAME, each row is a customer and NAME holds their number of purchases.");
        var file = new Argument<string>("FILE") { Description = "The orders or customers (- for standard input)." };
        var customer = new Option<string?>("--customer") { Description = "The customer-id column of an order log.", HelpName = "NAME" };
        var purchases = new Option<string?>("--purchases") { Description = "The purchases column of a file of customers.", HelpName = "NAME" };
        command.Arguments.Add(file);
        command.Options.Add(customer);
        command.Options.Add(purchases);
        var input = new InputOptions(command, readsFiles: true);
        var output = new OutputOptions(command, hasMoney: false);
        command.SetAction(result =>
        {
            InputSettings settings = input.Read(result);
            OutputSettings outputSettings = output.Read(result);
            string? customerColumn = result.GetValue(customer);
            string? purchasesColumn = result.GetValue(purchases);
            if ((customerColumn is null) == (purchasesColumn is null))
            {
                throw new CliException("repeat: give either --customer NAME (an order log) or --purchases NAME (purchases per customer)");
            }

            Table table = InputFile.ReadTable(result.GetRequiredValue(file), console, settings, hasHeader: true);
            RepeatPurchaseResult repeat;
            if (customerColumn is not null)
            {
                int index = table.Column(customerColumn);
                var ids = new List<string>(table.Rows.Count);
                foreach (TableRow row in table.Rows)
                {
                    string id = table.Text(row, index);
                    ids.Add(id.Length > 0 ? id : throw table.Error(row, index, "the customer id is empty; every order needs a customer"));
                }

                repeat = RepeatPurchases.FromOrders(ids);
            }
            else
            {
                int index = table.Column(purchasesColumn!);
                var counts = new int[table.Rows.Count];
                for (int i = 0; i < counts.Length; i++)
                {
                    TableRow row = table.Rows[i];
                    counts[i] = table.Int32(row, index, 0);
                    if (counts[i] < 0)
                    {
                        throw table.Error(row, index, $"{counts[i]} purchases: a count cannot be negative");
                    }
                }

                repeat = RepeatPurchases.FromPurchaseCounts(counts);
            }

            ReportSection section = IndicatorSections.Repeat($"Repeat purchases: {table.Name}", repeat);
            ReportOutput.Write([section], outputSettings, console, section.Title);
            return 0;
        });
        return command;
    }

    internal static Command Complaints(CliConsole console)
    {
        var command = CommandHelp.Create(
            "complaints",
            "The top complaint topics of a file of complaints.",
            "Counts complaints by topic and shows the top N with counts, shares and 95 % intervals. FILE has a header; NAME is the topic column. Topics are trimmed and compared exactly; equal counts are listed in ordinal order, and topics tied with the last one shown are named.");
        var file = new Argument<string>("FILE") { Description = "The complaints (- for standard input)." };
        var topic = new Option<string>("--topic") { Description = "The topic column. Default: topic.", HelpName = "NAME", DefaultValueFactory = _ => "topic" };
        var top = new Option<string?>("--top") { Description = "How many topics to show, at least 1. Default: 5.", HelpName = "N" };
        command.Arguments.Add(file);
        command.Options.Add(topic);
        command.Options.Add(top);
        var input = new InputOptions(command, readsFiles: true);
        var output = new OutputOptions(command, hasMoney: false);
        command.SetAction(result =>
        {
            InputSettings settings = input.Read(result);
            OutputSettings outputSettings = output.Read(result);
            int n = PositiveCount(result, top, settings, "complaints", 5);
            Table table = InputFile.ReadTable(result.GetRequiredValue(file), console, settings, hasHeader: true);
            int index = table.Column(result.GetRequiredValue(topic));
            var topics = new List<string>(table.Rows.Count);
            foreach (TableRow row in table.Rows)
            {
                string text = table.Text(row, index);
                topics.Add(text.Length > 0 ? text : throw table.Error(row, index, "the topic is empty; every complaint needs a topic"));
            }

            ReportSection section = IndicatorSections.Complaints($"Complaint topics: {table.Name}", ComplaintTally.Count(topics).Top(n));
            ReportOutput.Write([section], outputSettings, console, section.Title);
            return 0;
        });
        return command;
    }

    internal static Command Ideas(CliConsole console)
    {
        var command = CommandHelp.Create(
            "ideas",
            "The idea contest: top ideas per quarter by economic effect.",
            "The 14-steps source's idea contest: implemented ideas ranked by economic effect, then importance; the top N of each quarter (3 by default) and each quarter's total effect. FILE has the columns title, quarter, effect and importance (a whole number, higher is more important).");
        var file = new Argument<string>("FILE") { Description = "The ideas (- for standard input)." };
        var top = new Option<string?>("--top") { Description = "How many ideas to show per quarter, at least 1. Default: 3.", HelpName = "N" };
        command.Arguments.Add(file);
        command.Options.Add(top);
        var input = new InputOptions(command, readsFiles: true);
        var output = new OutputOptions(command, hasMoney: true);
        command.SetAction(result =>
        {
            InputSettings settings = input.Read(result);
            OutputSettings outputSettings = output.Read(result);
            int n = PositiveCount(result, top, settings, "ideas", 3);
            Table table = InputFile.ReadTable(result.GetRequiredValue(file), console, settings, hasHeader: true);
            IReadOnlyList<IdeaQuarter> quarters;
            try
            {
                quarters = IdeaContest.Rank(ReadIdeas(table), n);
            }
            catch (OverflowException error)
            {
                throw new CliException($"ideas: {error.Message.TrimEnd('.')}");
            }

            ReportSection section = IndicatorSections.Ideas($"Idea contest: {table.Name}", quarters, outputSettings.Currency);
            ReportOutput.Write([section], outputSettings, console, section.Title);
            return 0;
        });
        return command;
    }

    internal static Command Pce(CliConsole console)
    {
        var command = CommandHelp.Create(
            "pce",
            "Process-cycle efficiency of a value stream.",
            "Process-cycle efficiency from a value stream map (lean, source 000): value-adding time / lead time, the waste share and each step's share. FILE has the columns step, duration (with a unit: 45s, 30m, 4h, 2d; a bare number is in --unit) and value_adding (yes or no).");
        var file = new Argument<string>("FILE") { Description = "The steps, in process order (- for standard input)." };
        var unit = OptionValues.Choice("--unit", "The unit of durations written without one. Default: m (minutes).", "s", "m", "h", "d");
        command.Arguments.Add(file);
        command.Options.Add(unit);
        var input = new InputOptions(command, readsFiles: true);
        var output = new OutputOptions(command, hasMoney: false);
        command.SetAction(result =>
        {
            InputSettings settings = input.Read(result);
            OutputSettings outputSettings = output.Read(result);
            TimeSpan defaultUnit = result.GetValue(unit) switch { "s" => TimeSpan.FromSeconds(1), "h" => TimeSpan.FromHours(1), "d" => TimeSpan.FromDays(1), _ => TimeSpan.FromMinutes(1) };
            Table table = InputFile.ReadTable(result.GetRequiredValue(file), console, settings, hasHeader: true);
            int name = table.Column("step");
            int duration = table.Column("duration");
            int valueAdding = table.Column("value_adding");
            var steps = new List<ValueStreamStep>(table.Rows.Count);
            foreach (TableRow row in table.Rows)
            {
                string stepName = table.Text(row, name);
                if (stepName.Length == 0)
                {
                    throw table.Error(row, name, "the step has no name");
                }

                if (!Durations.TryParse(table.Text(row, duration), defaultUnit, settings, out TimeSpan time, out string problem))
                {
                    throw table.Error(row, duration, problem);
                }

                if (time < TimeSpan.Zero)
                {
                    throw table.Error(row, duration, "a duration cannot be negative");
                }

                steps.Add(new ValueStreamStep(stepName, time, YesNo(table, row, valueAdding)));
            }

            ProcessCycleEfficiencyResult efficiency;
            try
            {
                efficiency = ProcessCycleEfficiency.FromSteps(steps);
            }
            catch (OverflowException)
            {
                throw new CliException($"pce: the steps add up to more than the longest time span ({Durations.Describe(TimeSpan.MaxValue)})");
            }

            ReportSection section = IndicatorSections.Pce($"Process-cycle efficiency: {table.Name}", efficiency);
            ReportOutput.Write([section], outputSettings, console, section.Title);
            return 0;
        });
        return command;
    }

    internal static Command Indicators(CliConsole console)
    {
        var command = CommandHelp.Create(
            "indicators",
            "Referrals, negative reviews, training coverage and service maturity from counts.",
            "The sources' small indicators from counts, each with a 95 % interval: referrals (--new-clients with --referred, and/or --clients with --recommending; the sources' clinic: about 90 % of new patients by recommendation, every third recommends), negative reviews against the market (--reviews, --negative, --market LOW..HIGH such as 0.15..0.20), training coverage (--staff, --trained, --training-target, 1 by default) and service maturity (--maturity product=3,advertising=2,website=1,support=2,logistics=1; the company is at the level of its weakest touchpoint). Give at least one group.");
        var newClients = Count("--new-clients", "New clients in the period.");
        var referred = Count("--referred", "Of them, those who came by recommendation.");
        var clients = Count("--clients", "Clients asked whether they recommend the company.");
        var recommending = Count("--recommending", "Of them, those who do.");
        var reviews = Count("--reviews", "All reviews.");
        var negative = Count("--negative", "Negative reviews.");
        var market = new Option<string?>("--market") { Description = "The market's typical share of negative reviews, LOW..HIGH (0.15..0.20).", HelpName = "LOW..HIGH" };
        var staff = Count("--staff", "Staff who should be trained.");
        var trained = Count("--trained", "Of them, those trained.");
        var trainingTarget = new Option<string?>("--training-target") { Description = "The target share of staff trained. Default: 1 (100 %).", HelpName = "SHARE" };
        var maturity = new Option<string?>("--maturity") { Description = "Levels 1-3 per touchpoint: product=3,advertising=2,website=1,support=2,logistics=1.", HelpName = "LIST" };
        foreach (Option option in new Option[] { newClients, referred, clients, recommending, reviews, negative, market, staff, trained, trainingTarget, maturity })
        {
            command.Options.Add(option);
        }

        var input = new InputOptions(command, readsFiles: false);
        var output = new OutputOptions(command, hasMoney: false);
        command.SetAction(result =>
        {
            InputSettings settings = input.Read(result);
            OutputSettings outputSettings = output.Read(result);
            long? Read(Option<string?> option)
            {
                if (result.GetValue(option) is not { } text)
                {
                    return null;
                }

                return NumberText.TryParseInt64(text, out long value) == NumberProblem.None && value >= 0
                    ? value
                    : throw new CliException($"indicators: {option.Name} should be a count (a whole number, 0 or more); got '{TextInput.ForMessage(text)}'");
            }

            ReferralResult? referrals = null;
            (long? nc, long? rf, long? cl, long? rc) = (Read(newClients), Read(referred), Read(clients), Read(recommending));
            if (nc is not null || rf is not null || cl is not null || rc is not null)
            {
                Pair(nc, rf, "--new-clients", "--referred");
                Pair(cl, rc, "--clients", "--recommending");
                referrals = Library(() => Referrals.Calculate(nc ?? 0, rf ?? 0, cl ?? 0, rc ?? 0));
            }

            ShareBenchmark? reviewBenchmark = null;
            (long? rv, long? ng) = (Read(reviews), Read(negative));
            if (rv is not null || ng is not null || result.GetValue(market) is not null)
            {
                Pair(rv, ng, "--reviews", "--negative");
                (double low, double high) = Range(result.GetValue(market) ?? throw new CliException("indicators: --reviews and --negative need --market LOW..HIGH, the market's typical share (e.g. 0.15..0.20)"), settings);
                reviewBenchmark = Library(() => NegativeReviews.Compare(rv!.Value, ng!.Value, low, high));
            }

            CoverageResult? coverage = null;
            (long? st, long? tr) = (Read(staff), Read(trained));
            if (st is not null || tr is not null)
            {
                Pair(st, tr, "--staff", "--trained");
                double target = OptionValues.Share(result, trainingTarget, settings, "1 for 100 %") ?? 1;
                coverage = Library(() => TrainingCoverage.Calculate(st!.Value, tr!.Value, target));
            }

            ServiceMaturityResult? levels = result.GetValue(maturity) is { } list ? Maturity(list) : null;
            if (referrals is null && reviewBenchmark is null && coverage is null && levels is null)
            {
                throw new CliException("indicators: give at least one group: --new-clients/--referred, --clients/--recommending, --reviews/--negative/--market, --staff/--trained or --maturity (see --help)");
            }

            ReportSection section = IndicatorSections.Shares("The sources' other indicators", referrals, reviewBenchmark, coverage, levels);
            ReportOutput.Write([section], outputSettings, console, section.Title);
            return 0;
        });
        return command;
    }

    internal static IReadOnlyList<Idea> ReadIdeas(Table table)
    {
        int title = table.Column("title");
        int quarter = table.Column("quarter");
        int effect = table.Column("effect");
        int importance = table.Column("importance");
        var ideas = new List<Idea>(table.Rows.Count);
        foreach (TableRow row in table.Rows)
        {
            if (table.Text(row, title).Length == 0)
            {
                throw table.Error(row, title, "the idea has no title");
            }

            if (table.Text(row, quarter).Length == 0)
            {
                throw table.Error(row, quarter, "the idea has no quarter (such as 2026-Q1)");
            }

            int rank = table.Int32(row, importance, 0);
            if (rank < 0)
            {
                throw table.Error(row, importance, $"importance {rank}: it should be 0 or more (higher is more important)");
            }

            ideas.Add(new Idea(table.Text(row, title), table.Text(row, quarter), table.Decimal(row, effect, 0), rank));
        }

        return ideas;
    }

    private static Option<string?> Count(string name, string description) => new(name) { Description = description, HelpName = "N" };

    private static int PositiveCount(ParseResult result, Option<string?> option, InputSettings settings, string command, int defaultValue)
    {
        int n = OptionValues.Int32(result, option, settings) ?? defaultValue;
        return n >= 1 ? n : throw new CliException($"{command}: {option.Name} should be 1 or more; got {n}");
    }

    private static void Pair(long? total, long? part, string totalName, string partName)
    {
        if ((total is null) != (part is null))
        {
            throw new CliException($"indicators: {totalName} and {partName} go together; give both");
        }
    }

    /// <summary>The library's own checks, worded for the command line.</summary>
    private static T Library<T>(Func<T> build)
    {
        try
        {
            return build();
        }
        catch (ArgumentException error)
        {
            string sentence = Preconditions.Sentence(error);
            foreach ((string parameter, string option) in new[] { ("referredNewClients", "--referred"), ("newClients", "--new-clients"), ("recommendingClients", "--recommending"), ("clients", "--clients"), ("negative", "--negative"), ("reviews", "--reviews"), ("trained", "--trained"), ("staff", "--staff"), ("high", "--market's HIGH"), ("low", "--market's LOW") })
            {
                sentence = sentence.Replace(parameter + " (", option + " (", StringComparison.Ordinal);
            }

            throw new CliException($"indicators: {sentence.TrimEnd('.')}");
        }
    }

    private static (double Low, double High) Range(string text, InputSettings settings)
    {
        string[] parts = text.Split("..");
        if (parts.Length == 2 && settings.TryDouble(parts[0].Trim(), out double low, out _) && settings.TryDouble(parts[1].Trim(), out double high, out _)
            && low >= 0 && high <= 1 && low <= high)
        {
            return (low, high);
        }

        throw new CliException($"indicators: --market should be LOW..HIGH with shares from 0 to 1, LOW first, e.g. 0.15..0.20; got '{TextInput.ForMessage(text)}'");
    }

    private static ServiceMaturityResult Maturity(string list)
    {
        var names = new Dictionary<string, Touchpoint>(StringComparer.OrdinalIgnoreCase)
        {
            ["product"] = Touchpoint.Product,
            ["advertising"] = Touchpoint.Advertising,
            ["website"] = Touchpoint.Website,
            ["support"] = Touchpoint.CommunicationAndSupport,
            ["communication"] = Touchpoint.CommunicationAndSupport,
            ["logistics"] = Touchpoint.Logistics,
        };
        var levels = new List<KeyValuePair<Touchpoint, MaturityLevel>>();
        foreach (string item in list.Split(','))
        {
            string[] pair = item.Split('=');
            if (pair.Length != 2 || !names.TryGetValue(pair[0].Trim(), out Touchpoint touchpoint))
            {
                throw new CliException($"indicators: --maturity takes touchpoint=level pairs (product, advertising, website, support, logistics), e.g. product=3,website=1; got '{TextInput.ForMessage(item)}'");
            }

            if (pair[1].Trim() is not ("1" or "2" or "3"))
            {
                throw new CliException($"indicators: --maturity: the level of {pair[0].Trim()} should be 1, 2 or 3; got '{TextInput.ForMessage(pair[1])}'");
            }

            levels.Add(new(touchpoint, (MaturityLevel)(pair[1].Trim()[0] - '0')));
        }

        return Library(() => ServiceMaturity.Assess(levels));
    }

    private static bool YesNo(Table table, TableRow row, int column) =>
        AuditChecklist.TryParseFlag(table.Text(row, column), out bool value)
            ? value
            : throw table.Error(row, column, $"'{TextInput.ForMessage(table.Text(row, column))}' is not yes or no");
}
