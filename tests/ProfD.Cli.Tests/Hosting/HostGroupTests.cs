using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProfD.Cli.CommandLine;
using ProfD.Cli.Hosting;

namespace ProfD.Cli.Tests.Hosting;

/// <summary>Several web hosts in one process: started in order, stopped in reverse, a lone stop noticed.</summary>
public sealed class HostGroupTests
{
    [Fact]
    public async Task Hosts_stop_in_reverse_order_of_starting()
    {
        var stopped = new List<string>();
        await using (var hosts = new HostGroup())
        {
            foreach (var name in new[] { "first", "second", "third" })
            {
                var app = await hosts.StartAsync(name, Build, CancellationToken.None);
                app.Lifetime.ApplicationStopping.Register(() => { lock (stopped) stopped.Add(name); });
            }
        }

        Assert.Equal(["third", "second", "first"], stopped);
    }

    [Fact]
    public async Task Waiting_ends_quietly_when_the_command_is_cancelled()
    {
        await using var hosts = new HostGroup();
        await hosts.StartAsync("only", Build, CancellationToken.None);
        using var cancel = new CancellationTokenSource();

        var waiting = hosts.WaitAsync(cancel.Token);
        Assert.False(waiting.IsCompleted);
        await cancel.CancelAsync();

        await waiting.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_host_that_stops_by_itself_is_a_runtime_failure_naming_it()
    {
        await using var hosts = new HostGroup();
        await hosts.StartAsync("steady", Build, CancellationToken.None);
        var wayward = await hosts.StartAsync("wayward", Build, CancellationToken.None);

        var waiting = hosts.WaitAsync(CancellationToken.None);
        wayward.Lifetime.StopApplication();

        var failure = await Assert.ThrowsAsync<CliFailure>(() => waiting.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(ExitCodes.Failure, failure.ExitCode);
        Assert.StartsWith("wayward stopped unexpectedly", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_host_that_cannot_be_built_for_its_options_is_a_usage_error_naming_it()
    {
        await using var hosts = new HostGroup();

        var failure = await Assert.ThrowsAsync<CliFailure>(() => hosts.StartAsync(
            "node x",
            () => throw new OptionsValidationException("Node", typeof(object), ["Node:Institution is required."]),
            CancellationToken.None));

        Assert.Equal(ExitCodes.Usage, failure.ExitCode);
        Assert.Equal("node x: Node:Institution is required.", failure.Message);
    }

    private static WebApplication Build()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddSingleton<IHostLifetime, CommandLineHostLifetime>();
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/", () => "ok");
        return app;
    }
}
