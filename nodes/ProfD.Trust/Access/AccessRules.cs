using GraphQL;
using Microsoft.EntityFrameworkCore;
using ProfD.Schema.Identity;
using ProfD.Schema.Ids;
using ProfD.Trust.Community;
using ProfD.Trust.Data;
using ProfD.Trust.Hosting;
using ProfD.Trust.Triangles;

namespace ProfD.Trust.Access;

/// <summary>The trust's access rules, one per line of the table in docs/security.md ("At the trust").</summary>
internal static class AccessRules
{
    public static AccessRule Anyone { get; } = new("nothing", (_, _) => ValueTask.FromResult(true)) { IsOpen = true };

    public static AccessRule SignedInPerson { get; } = AccessRule.When("a signed-in person", c => c.IsPerson);

    // A person, or the trust's operator service (client credentials): only the hub puts TRUST_ADMIN in a token.
    public static AccessRule TrustAdmin { get; } = AccessRule.When("the TRUST_ADMIN role", c => c.HasRole(FederationRoles.TrustAdmin));

    public static AccessRule TrustAdminOrFacilitator { get; } = AccessRule.When("the TRUST_ADMIN or FACILITATOR role",
        c => c.IsPerson && (c.HasRole(FederationRoles.TrustAdmin) || c.HasRole(FederationRoles.Facilitator)));

    /// <summary>TRUST_ADMIN, or the INSTITUTION_ADMIN of the institution the <paramref name="argument"/> names (its code).</summary>
    public static AccessRule InstitutionAdminOf(string argument) => TrustAdmin.Or(new(
        $"the INSTITUTION_ADMIN role at the institution named by '{argument}'",
        (caller, context) => ValueTask.FromResult(context.GetArgument<string?>(argument) is { } code && caller.AdministersInstitution(code.Trim()))));

    /// <summary>TRUST_ADMIN, or a facilitator named on the space (the trust's own list, by the caller's person ID).</summary>
    public static AccessRule SpaceFacilitator(Func<IResolveFieldContext, TrustDbContext, TrustProfile, Task<string?>> spaceOf) => TrustAdmin.Or(new(
        "to be named a facilitator of the space",
        async (caller, context) =>
        {
            if (!caller.IsPerson) return false;
            var services = context.RequestServices!;
            var db = services.GetRequiredService<TrustDbContext>();
            var space = await spaceOf(context, db, services.GetRequiredService<TrustProfile>()).ConfigureAwait(false);
            return space is not null && await db.Set<SpaceFacilitator>().AsNoTracking()
                .AnyAsync(f => f.SpaceId == space && f.PersonId == caller.PersonId, context.CancellationToken).ConfigureAwait(false);
        }));

    /// <summary>The space a <c>spaceId</c> argument names.</summary>
    public static Task<string?> SpaceArgument(IResolveFieldContext context, TrustDbContext db, TrustProfile trust) =>
        Task.FromResult(trust.LocalKeyOf(context.GetArgument<string?>("spaceId"), "CommunitySpace", "spaceId"));

    /// <summary>The space of the post a <c>postId</c> argument names.</summary>
    public static async Task<string?> SpaceOfPostArgument(IResolveFieldContext context, TrustDbContext db, TrustProfile trust)
    {
        var post = trust.LocalKeyOf(context.GetArgument<string?>("postId"), "CommunityPost", "postId");
        if (post is null) return null;
        return await db.Set<CommunityPost>().AsNoTracking().Where(p => p.Id == post)
            .Join(db.Set<CommunityThread>(), p => p.ThreadId, t => t.Id, (_, t) => t.SpaceId)
            .FirstOrDefaultAsync(context.CancellationToken).ConfigureAwait(false);
    }

    /// <summary>TRUST_ADMIN or FACILITATOR, or the INSTITUTION_ADMIN of an institution that owns one of the triangle's schools.</summary>
    public static AccessRule TriangleActivityLogger { get; } = TrustAdminOrFacilitator.Or(new(
        "the INSTITUTION_ADMIN role at an institution of one of the triangle's schools",
        async (caller, context) =>
        {
            if (!caller.IsPerson || !caller.HasRole(FederationRoles.InstitutionAdmin)) return false;
            var services = context.RequestServices!;
            var triangle = services.GetRequiredService<TrustProfile>().LocalKeyOf(context.GetArgument<string?>("triangleId"), "Triangle", "triangleId");
            if (triangle is null) return false;
            var schools = await services.GetRequiredService<TrustDbContext>().Set<TriangleSchool>().AsNoTracking()
                .Where(s => s.TriangleId == triangle).Select(s => s.SchoolId).ToListAsync(context.CancellationToken).ConfigureAwait(false);
            return schools.Any(s => GlobalId.TryParse(s, out var id) && caller.AdministersInstitution(id.Institution));
        }));
}
