package accord.http.agreements;

import java.util.Arrays;

/**
 * Every command a clerk can send over HTTP: its OpenAPI operationId, the path segment after
 * {@code /agreements/{id}/} and the body it takes. Proposing has no segment: it is
 * {@code POST /agreements}.
 */
public enum AgreementAction {
    /** {@code POST /agreements}. */
    PROPOSE_AGREEMENT("proposeAgreement", null, ProposeAgreementBody.class),
    /** {@code POST /agreements/{id}/sign-mou}. */
    SIGN_MOU("signMoU", "sign-mou", SignMoUBody.class),
    /** {@code POST /agreements/{id}/schedule-signing}. */
    SCHEDULE_SIGNING("scheduleSigning", "schedule-signing", ScheduleSigningBody.class),
    /** {@code POST /agreements/{id}/sign-agreement}. */
    SIGN_AGREEMENT("signAgreement", "sign-agreement", SignAgreementBody.class),
    /** {@code POST /agreements/{id}/form-task-force}. */
    FORM_TASK_FORCE("formTaskForce", "form-task-force", FormTaskForceBody.class),
    /** {@code POST /agreements/{id}/announce-site}. */
    ANNOUNCE_SITE("announceSite", "announce-site", AnnounceSiteBody.class),
    /** {@code POST /agreements/{id}/announce-capacity}. */
    ANNOUNCE_CAPACITY("announceCapacity", "announce-capacity", AnnounceCapacityBody.class),
    /** {@code POST /agreements/{id}/add-scope-areas}. */
    ADD_SCOPE_AREAS("addScopeAreas", "add-scope-areas", AddScopeAreasBody.class),
    /** {@code POST /agreements/{id}/record-commitment}. */
    RECORD_COMMITMENT("recordCommitment", "record-commitment", RecordCommitmentBody.class),
    /** {@code POST /agreements/{id}/record-statement}. */
    RECORD_STATEMENT("recordStatement", "record-statement", RecordStatementBody.class),
    /** {@code POST /agreements/{id}/record-milestone}. */
    RECORD_MILESTONE("recordMilestone", "record-milestone", RecordMilestoneBody.class),
    /** {@code POST /agreements/{id}/link-agreements}. */
    LINK_AGREEMENTS("linkAgreements", "link-agreements", LinkAgreementsBody.class),
    /** {@code POST /agreements/{id}/amend}. */
    AMEND_AGREEMENT("amendAgreement", "amend", AmendAgreementBody.class),
    /** {@code POST /agreements/{id}/suspend}. */
    SUSPEND_AGREEMENT("suspendAgreement", "suspend", SuspendAgreementBody.class),
    /** {@code POST /agreements/{id}/resume}. */
    RESUME_AGREEMENT("resumeAgreement", "resume", ResumeAgreementBody.class),
    /** {@code POST /agreements/{id}/terminate}. */
    TERMINATE_AGREEMENT("terminateAgreement", "terminate", TerminateAgreementBody.class),
    /** {@code POST /agreements/{id}/correct-record}. */
    CORRECT_RECORD("correctRecord", "correct-record", CorrectRecordBody.class);

    private final String operationId;
    private final String segment;
    private final Class<? extends AgreementRequest> bodyType;

    AgreementAction(String operationId, String segment, Class<? extends AgreementRequest> bodyType) {
        this.operationId = operationId;
        this.segment = segment;
        this.bodyType = bodyType;
    }

    /** @return the OpenAPI operationId: the command's name in lowerCamelCase */
    public String operationId() {
        return operationId;
    }

    /** @return the body type the action takes */
    public Class<? extends AgreementRequest> bodyType() {
        return bodyType;
    }

    /** @return the path to POST to for the agreement with this id */
    public String path(String agreementId) {
        return segment == null ? "/agreements" : "/agreements/" + agreementId + "/" + segment;
    }

    /** @return the path template as OpenAPI writes it */
    public String pathTemplate() {
        return path("{id}");
    }

    /** @return the action that takes this body */
    public static AgreementAction of(AgreementRequest body) {
        return Arrays.stream(values())
                .filter(action -> action.bodyType.isInstance(body))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no action takes " + body.getClass()));
    }
}
