using Microsoft.EntityFrameworkCore;
using ProfD.Schema.Errors;
using ProfD.Schema.Ids;
using ProfD.Trust.Data;
using ProfD.Trust.Graph;
using ProfD.Trust.Hosting;
using ProfD.Trust.Nations;

namespace ProfD.Trust.Registry;

/// <summary>
/// Registering, changing and suspending institutions. A node is registered only once it has answered as the ProfD
/// node of the institution it claims to be.
/// </summary>
internal sealed class RegistryMutations(TrustDbContext db, NationService nations, NodeProbe probe, TrustProfile trust, TimeProvider time)
{
    public async Task<Institution> RegisterAsync(InstitutionInput input, CancellationToken ct)
    {
        var code = Code(input.Code);
        var name = InputRules.Text(input.Name, "input.name");
        var nation = (await nations.RequireAsync(input.Nation, "input.nation", ct)).Code;
        var endpoint = Endpoint(input.Endpoint);
        if (await db.Set<Institution>().AnyAsync(i => i.Code == code, ct))
            throw new ConflictException($"An institution with the code '{code}' is already registered.", "input.code");
        if (await db.Set<Institution>().AnyAsync(i => i.Endpoint == endpoint, ct))
            throw new ConflictException($"Another institution is already registered at {endpoint}.", "input.endpoint");

        var now = time.GetUtcNow().UtcDateTime;
        var probed = await ProbeAsync(endpoint, code, ct);
        var institution = new Institution
        {
            Code = code,
            Name = name,
            Nation = nation,
            Endpoint = endpoint,
            Status = InstitutionStatus.Active,
            JoinedAt = now,
            UpdatedAt = now,
            Health = Healthy(probed, now),
        };
        db.Add(institution);
        await db.SaveChangesAsync(ct);
        return institution;
    }

    public async Task<Institution> UpdateAsync(string code, InstitutionInput input, CancellationToken ct)
    {
        var institution = await FindAsync(code, ct);
        if (input.Code is not null && input.Code != institution.Code)
            throw new BadUserInputException("An institution's code never changes: every ID its node issued starts with it.", "input.code");
        if (input.Name is not null) institution.Name = InputRules.Text(input.Name, "input.name");
        if (input.Nation is not null) institution.Nation = (await nations.RequireAsync(input.Nation, "input.nation", ct)).Code;
        var now = time.GetUtcNow().UtcDateTime;
        if (input.Endpoint is not null)
        {
            var endpoint = Endpoint(input.Endpoint);
            if (endpoint != institution.Endpoint)
            {
                if (await db.Set<Institution>().AnyAsync(i => i.Endpoint == endpoint && i.Code != institution.Code, ct))
                    throw new ConflictException($"Another institution is already registered at {endpoint}.", "input.endpoint");
                var probed = await ProbeAsync(endpoint, institution.Code, ct);
                institution.Endpoint = endpoint;
                institution.Health = Healthy(probed, now);
            }
        }
        institution.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        return institution;
    }

    public async Task<Institution> SetStatusAsync(string code, InstitutionStatus status, CancellationToken ct)
    {
        var institution = await FindAsync(code, ct);
        if (institution.Status == InstitutionStatus.Left && status != InstitutionStatus.Left)
            throw new ConflictException($"{institution.Code} has left the programme; register it again under a new code to rejoin.", "status");
        institution.Status = status;
        institution.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return institution;
    }

    /// <summary>Starts the harvest of a node again from the beginning of its feed; what the new pass does not see again is swept away.</summary>
    public async Task<Institution> ReharvestAsync(string code, CancellationToken ct)
    {
        var institution = await FindAsync(code, ct);
        if (institution.Status == InstitutionStatus.Left)
            throw new ConflictException($"{institution.Code} has left the programme; it is not harvested.", "institution");
        var now = time.GetUtcNow().UtcDateTime;
        institution.Harvest.Cursor = null;
        institution.Harvest.SweepBefore = now;
        institution.Harvest.NextAttemptAt = null;
        institution.Harvest.ConsecutiveFailures = 0;
        institution.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        return institution;
    }

    private async Task<Institution> FindAsync(string code, CancellationToken ct) =>
        await db.Set<Institution>().FirstOrDefaultAsync(i => i.Code == code, ct)
        ?? throw new NotFoundException($"No institution with the code '{code}' is registered.");

    private async Task<NodeProbeResult> ProbeAsync(string endpoint, string code, CancellationToken ct)
    {
        NodeProbeResult probed;
        try
        {
            probed = await probe.ProbeAsync(endpoint, ct);
        }
        catch (NodeCallException ex)
        {
            throw new BadUserInputException($"The endpoint does not answer as a ProfD node, so it was not registered: {ex.Message}", "input.endpoint");
        }
        if (probed.Code != code)
            throw new BadUserInputException($"The node at {endpoint} is the node of '{probed.Code}', not of '{code}'.", "input.endpoint");
        return probed;
    }

    private static NodeHealth Healthy(NodeProbeResult probed, DateTime now) => new()
    {
        Reachable = true,
        SchemaVersion = probed.SchemaVersion,
        Compatible = probed.Compatible,
        Incompatibility = probed.Incompatibility,
        LastSeenAt = now,
        LastCheckedAt = now,
    };

    private string Code(string? value)
    {
        var code = value?.Trim();
        if (!GlobalId.IsInstitutionCode(code))
            throw new BadUserInputException($"'{value}' in 'input.code' is not an institution code: 2-32 lower-case letters, digits or '-', starting with a letter.", "input.code");
        if (code == trust.Code)
            throw new BadUserInputException($"'{code}' is the trust's own code.", "input.code");
        return code!;
    }

    private static string Endpoint(string? value)
    {
        var text = InputRules.Text(value, "input.endpoint", 2048);
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || !string.IsNullOrEmpty(uri.UserInfo))
            throw new BadUserInputException($"'{value}' in 'input.endpoint' is not an http:// or https:// URL.", "input.endpoint");
        return uri.ToString();
    }
}
