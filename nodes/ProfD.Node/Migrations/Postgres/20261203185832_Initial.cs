using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProfD.Node.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Cohorts",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "C"),
                    IntakeYear = table.Column<int>(type: "integer", nullable: false),
                    Stage = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cohorts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Schools",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "C"),
                    Nation = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false, collation: "C"),
                    Economy = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    City = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true, collation: "C"),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Schools", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CohortSchools",
                columns: table => new
                {
                    CohortId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    SchoolId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CohortSchools", x => new { x.CohortId, x.SchoolId });
                    table.ForeignKey(
                        name: "FK_CohortSchools_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CohortSchools_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Teachers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    GivenName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "C"),
                    FamilyName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "C"),
                    Email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false, collation: "C"),
                    SchoolId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Languages = table.Column<List<string>>(type: "text[]", nullable: false),
                    Subjects = table.Column<List<string>>(type: "text[]", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Teachers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Teachers_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Candidates",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    TeacherId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    CohortId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Stage = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    EnrolledAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Candidates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Candidates_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Candidates_Teachers_TeacherId",
                        column: x => x.TeacherId,
                        principalTable: "Teachers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Mentorships",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    CandidateId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    MentorId = table.Column<string>(type: "character varying(140)", maxLength: 140, nullable: false, collation: "C"),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Mentorships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Mentorships_Candidates_CandidateId",
                        column: x => x.CandidateId,
                        principalTable: "Candidates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ResearchProjects",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    CandidateId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "C"),
                    Question = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Hypothesis = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Method = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Context = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    EthicsApprovedBy = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true, collation: "C"),
                    EthicsApprovedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EthicsReference = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true, collation: "C"),
                    Findings = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ConclusionsForPractice = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Themes = table.Column<List<string>>(type: "text[]", nullable: false),
                    Languages = table.Column<List<string>>(type: "text[]", nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResearchProjects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResearchProjects_Candidates_CandidateId",
                        column: x => x.CandidateId,
                        principalTable: "Candidates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Exhibitions",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    CandidateId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    ProjectId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true, collation: "C"),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "C"),
                    Abstract = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    CurrentVersion = table.Column<int>(type: "integer", nullable: false),
                    Themes = table.Column<List<string>>(type: "text[]", nullable: false),
                    Languages = table.Column<List<string>>(type: "text[]", nullable: false),
                    Licence = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Exhibitions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Exhibitions_Candidates_CandidateId",
                        column: x => x.CandidateId,
                        principalTable: "Candidates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Exhibitions_ResearchProjects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "ResearchProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ResearchLinks",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    ProjectId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    TargetId = table.Column<string>(type: "character varying(140)", maxLength: 140, nullable: false, collation: "C"),
                    Relation = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResearchLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResearchLinks_ResearchProjects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "ResearchProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Adjudications",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    ExhibitionId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    ExhibitionVersion = table.Column<int>(type: "integer", nullable: false),
                    JointRecommendation = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true, collation: "C"),
                    JointReport = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    CorrectionsDeadline = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CorrectionsSignedOffAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    FinalDecision = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true, collation: "C"),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Adjudications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Adjudications_Exhibitions_ExhibitionId",
                        column: x => x.ExhibitionId,
                        principalTable: "Exhibitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Awards",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    CandidateId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    ExhibitionId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "C"),
                    AwardedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Credential = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    RevokedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RevocationReason = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Awards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Awards_Candidates_CandidateId",
                        column: x => x.CandidateId,
                        principalTable: "Candidates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Awards_Exhibitions_ExhibitionId",
                        column: x => x.ExhibitionId,
                        principalTable: "Exhibitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ExhibitionVersions",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    ExhibitionId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Content = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExhibitionVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExhibitionVersions_Exhibitions_ExhibitionId",
                        column: x => x.ExhibitionId,
                        principalTable: "Exhibitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MediaItems",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    ExhibitionId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    Caption = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: false, collation: "C"),
                    AltText = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Transcript = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    DurationSeconds = table.Column<double>(type: "double precision", nullable: true),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: true),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true, collation: "C"),
                    Url = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true, collation: "C"),
                    ShowsPupils = table.Column<bool>(type: "boolean", nullable: false),
                    ConsentRecorded = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediaItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MediaItems_Exhibitions_ExhibitionId",
                        column: x => x.ExhibitionId,
                        principalTable: "Exhibitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AdjudicatorReports",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    AdjudicationId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    AdjudicatorId = table.Column<string>(type: "character varying(140)", maxLength: 140, nullable: false, collation: "C"),
                    Report = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Recommendation = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true, collation: "C"),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdjudicatorReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AdjudicatorReports_Adjudications_AdjudicationId",
                        column: x => x.AdjudicationId,
                        principalTable: "Adjudications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Adjudications_CreatedAt_Id",
                table: "Adjudications",
                columns: new[] { "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Adjudications_ExhibitionId_ExhibitionVersion",
                table: "Adjudications",
                columns: new[] { "ExhibitionId", "ExhibitionVersion" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AdjudicatorReports_AdjudicationId_AdjudicatorId",
                table: "AdjudicatorReports",
                columns: new[] { "AdjudicationId", "AdjudicatorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AdjudicatorReports_AdjudicatorId",
                table: "AdjudicatorReports",
                column: "AdjudicatorId");

            migrationBuilder.CreateIndex(
                name: "IX_Awards_AwardedAt_Id",
                table: "Awards",
                columns: new[] { "AwardedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Awards_CandidateId",
                table: "Awards",
                column: "CandidateId");

            migrationBuilder.CreateIndex(
                name: "IX_Awards_ExhibitionId",
                table: "Awards",
                column: "ExhibitionId");

            migrationBuilder.CreateIndex(
                name: "IX_Candidates_CohortId",
                table: "Candidates",
                column: "CohortId");

            migrationBuilder.CreateIndex(
                name: "IX_Candidates_CreatedAt_Id",
                table: "Candidates",
                columns: new[] { "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Candidates_EnrolledAt_Id",
                table: "Candidates",
                columns: new[] { "EnrolledAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Candidates_Stage_Id",
                table: "Candidates",
                columns: new[] { "Stage", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Candidates_TeacherId",
                table: "Candidates",
                column: "TeacherId");

            migrationBuilder.CreateIndex(
                name: "IX_CohortSchools_SchoolId",
                table: "CohortSchools",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_Cohorts_CreatedAt_Id",
                table: "Cohorts",
                columns: new[] { "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Cohorts_IntakeYear_Name_Id",
                table: "Cohorts",
                columns: new[] { "IntakeYear", "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Cohorts_Name_Id",
                table: "Cohorts",
                columns: new[] { "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ExhibitionVersions_CreatedAt_Id",
                table: "ExhibitionVersions",
                columns: new[] { "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ExhibitionVersions_ExhibitionId_Number",
                table: "ExhibitionVersions",
                columns: new[] { "ExhibitionId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Exhibitions_CandidateId",
                table: "Exhibitions",
                column: "CandidateId");

            migrationBuilder.CreateIndex(
                name: "IX_Exhibitions_CreatedAt_Id",
                table: "Exhibitions",
                columns: new[] { "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Exhibitions_ProjectId",
                table: "Exhibitions",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_Exhibitions_PublishedAt_Id",
                table: "Exhibitions",
                columns: new[] { "PublishedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Exhibitions_Status_Id",
                table: "Exhibitions",
                columns: new[] { "Status", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Exhibitions_Title_Id",
                table: "Exhibitions",
                columns: new[] { "Title", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Exhibitions_UpdatedAt_Id",
                table: "Exhibitions",
                columns: new[] { "UpdatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_MediaItems_CreatedAt_Id",
                table: "MediaItems",
                columns: new[] { "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_MediaItems_ExhibitionId_Position",
                table: "MediaItems",
                columns: new[] { "ExhibitionId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_Mentorships_CandidateId",
                table: "Mentorships",
                column: "CandidateId");

            migrationBuilder.CreateIndex(
                name: "IX_Mentorships_MentorId",
                table: "Mentorships",
                column: "MentorId");

            migrationBuilder.CreateIndex(
                name: "IX_Mentorships_StartedAt_Id",
                table: "Mentorships",
                columns: new[] { "StartedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ResearchLinks_ProjectId",
                table: "ResearchLinks",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_ResearchLinks_TargetId",
                table: "ResearchLinks",
                column: "TargetId");

            migrationBuilder.CreateIndex(
                name: "IX_ResearchProjects_CandidateId",
                table: "ResearchProjects",
                column: "CandidateId");

            migrationBuilder.CreateIndex(
                name: "IX_ResearchProjects_CreatedAt_Id",
                table: "ResearchProjects",
                columns: new[] { "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ResearchProjects_Status_Id",
                table: "ResearchProjects",
                columns: new[] { "Status", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ResearchProjects_Title_Id",
                table: "ResearchProjects",
                columns: new[] { "Title", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ResearchProjects_UpdatedAt_Id",
                table: "ResearchProjects",
                columns: new[] { "UpdatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Schools_CreatedAt_Id",
                table: "Schools",
                columns: new[] { "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Schools_Name_Id",
                table: "Schools",
                columns: new[] { "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Schools_Nation_Id",
                table: "Schools",
                columns: new[] { "Nation", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Teachers_CreatedAt_Id",
                table: "Teachers",
                columns: new[] { "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Teachers_Email",
                table: "Teachers",
                column: "Email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Teachers_FamilyName_GivenName_Id",
                table: "Teachers",
                columns: new[] { "FamilyName", "GivenName", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Teachers_GivenName_Id",
                table: "Teachers",
                columns: new[] { "GivenName", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Teachers_SchoolId",
                table: "Teachers",
                column: "SchoolId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AdjudicatorReports");

            migrationBuilder.DropTable(
                name: "Awards");

            migrationBuilder.DropTable(
                name: "CohortSchools");

            migrationBuilder.DropTable(
                name: "ExhibitionVersions");

            migrationBuilder.DropTable(
                name: "MediaItems");

            migrationBuilder.DropTable(
                name: "Mentorships");

            migrationBuilder.DropTable(
                name: "ResearchLinks");

            migrationBuilder.DropTable(
                name: "Adjudications");

            migrationBuilder.DropTable(
                name: "Exhibitions");

            migrationBuilder.DropTable(
                name: "ResearchProjects");

            migrationBuilder.DropTable(
                name: "Candidates");

            migrationBuilder.DropTable(
                name: "Cohorts");

            migrationBuilder.DropTable(
                name: "Teachers");

            migrationBuilder.DropTable(
                name: "Schools");
        }
    }
}
