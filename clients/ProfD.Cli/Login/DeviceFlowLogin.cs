using System.Net.Http.Json;
using ProfD.Cli.CommandLine;

namespace ProfD.Cli.Login;

/// <summary>
/// The OAuth device flow (RFC 8628) against the hub, as the public client <c>profd-cli</c>: ask for a code, tell the
/// person where to enter it, and poll until they have approved it at their institution, refused it, or it expired.
/// </summary>
internal sealed class DeviceFlowLogin(HttpClient http, TimeProvider time)
{
    public const string ClientId = "profd-cli";
    public const string Scopes = "openid profile email affiliation roles offline_access profd";

    public async Task<StoredLogin> LoginAsync(Uri hub, TextWriter output, CancellationToken cancellationToken)
    {
        var endpoints = await HubEndpoints.DiscoverAsync(http, hub, cancellationToken);
        using var response = await http.PostAsync(endpoints.DeviceAuthorization, Form(("client_id", ClientId), ("scope", Scopes)), cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var refusal = await ReadTokenResponseAsync(response, cancellationToken);
            throw new CliFailure(ExitCodes.Failure, $"The hub refused to start a login: {Describe(refusal)}");
        }
        var device = await response.Content.ReadFromJsonAsync<DeviceAuthorization>(cancellationToken)
            ?? throw new CliFailure(ExitCodes.Failure, "The hub's device authorization answer was empty.");

        await output.WriteLineAsync($"To log in, open {device.VerificationUri} and enter the code {device.UserCode}");
        if (device.VerificationUriComplete is not null) await output.WriteLineAsync($"or open {device.VerificationUriComplete}");
        await output.WriteLineAsync("Waiting for you to approve it at your institution…");

        var interval = TimeSpan.FromSeconds(Math.Max(1, device.Interval));
        var deadline = time.GetUtcNow().AddSeconds(device.ExpiresIn);
        while (time.GetUtcNow() < deadline)
        {
            await Task.Delay(interval, time, cancellationToken);
            using var poll = await http.PostAsync(endpoints.Token, Form(
                ("grant_type", "urn:ietf:params:oauth:grant-type:device_code"),
                ("device_code", device.DeviceCode),
                ("client_id", ClientId)), cancellationToken);
            var answer = await ReadTokenResponseAsync(poll, cancellationToken);
            switch (answer.Error)
            {
                case null when answer.AccessToken is not null:
                    return ToLogin(hub, answer);
                case "authorization_pending":
                    continue;
                case "slow_down":
                    interval += TimeSpan.FromSeconds(5); // RFC 8628 3.5: every slow_down adds five seconds.
                    continue;
                case "access_denied":
                    throw new CliFailure(ExitCodes.Failure, "The login was refused at the hub.");
                case "expired_token":
                    throw new CliFailure(ExitCodes.Failure, "The code expired before it was approved; run 'profd login' again.");
                default:
                    throw new CliFailure(ExitCodes.Failure, $"The hub refused the login: {Describe(answer)}");
            }
        }
        throw new CliFailure(ExitCodes.Failure, "The code expired before it was approved; run 'profd login' again.");
    }

    /// <summary>A fresh access token from the stored refresh token, or null when the hub no longer honours it.</summary>
    public async Task<StoredLogin?> RefreshAsync(StoredLogin login, CancellationToken cancellationToken)
    {
        if (login.RefreshToken is null) return null;
        var hub = new Uri(login.Hub);
        var endpoints = await HubEndpoints.DiscoverAsync(http, hub, cancellationToken);
        using var response = await http.PostAsync(endpoints.Token, Form(
            ("grant_type", "refresh_token"), ("refresh_token", login.RefreshToken), ("client_id", ClientId)), cancellationToken);
        var answer = await ReadTokenResponseAsync(response, cancellationToken);
        return answer.AccessToken is null ? null : ToLogin(hub, answer) with { RefreshToken = answer.RefreshToken ?? login.RefreshToken };
    }

    private StoredLogin ToLogin(Uri hub, TokenResponse answer) => new()
    {
        Hub = hub.ToString(),
        AccessToken = answer.AccessToken!,
        RefreshToken = answer.RefreshToken,
        ExpiresAt = time.GetUtcNow().AddSeconds(answer.ExpiresIn ?? 300),
    };

    private static async Task<TokenResponse> ReadTokenResponseAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken) ?? new TokenResponse { Error = "empty answer" };
        }
        catch (System.Text.Json.JsonException)
        {
            return new TokenResponse { Error = $"HTTP {(int)response.StatusCode}" };
        }
    }

    private static string Describe(TokenResponse answer) =>
        answer.ErrorDescription is { Length: > 0 } description ? $"{answer.Error}: {description}" : answer.Error ?? "no reason given";

    private static FormUrlEncodedContent Form(params (string Key, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));
}
