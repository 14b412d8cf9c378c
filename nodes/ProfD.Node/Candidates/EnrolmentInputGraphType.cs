using GraphQL.Types;

namespace ProfD.Node.Candidates;

internal sealed class EnrolmentInputGraphType : InputObjectGraphType<EnrolmentInput>
{
    public EnrolmentInputGraphType()
    {
        Name = "EnrolmentInput";
        Description = "Enrolling needs teacherId and cohortId; updating an enrolment may move it to another cohort or stage.";
        Field<IdGraphType>("teacherId").Description("A teacher of this institution (only when enrolling).");
        Field<IdGraphType>("cohortId").Description("A cohort that the teacher's school takes part in.");
        Field<CandidateStageGraphType>("stage").Description("Only forward moves, or WITHDRAWN; AWARDED comes with an award.");
        Field<DateTimeGraphType>("enrolledAt").Description("When enrolment began; now if not given.");
    }
}
