package accord.command.agreement;

import static accord.command.agreement.Agreements.*;
import static accord.command.agreement.Refusals.refusedWith;

import accord.messages.commands.AddScopeAreas;
import accord.messages.events.ScopeAreasAdded;
import accord.messages.recording.Recorded;
import accord.messages.refusals.ErrorCode;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WideningScopeTest {

    private static final List<String> DEAL_AREAS = List.of("AI", "quantum computing", "6G", "biotechnology",
            "pharmaceutical supply chains", "space research");

    private FixtureConfiguration<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    private static AddScopeAreas addScopeAreas(List<String> areas) {
        return new AddScopeAreas(TECHNOLOGY_PROSPERITY_DEAL, areas, DEAL_REPORTED_IN, DEAL_REPORT);
    }

    @Test
    void addingTheDealsAreasRecordsThem() {
        fixture.given(technologyProsperityDealProposed())
                .when(addScopeAreas(DEAL_AREAS))
                .expectEvents(new ScopeAreasAdded(TECHNOLOGY_PROSPERITY_DEAL, DEAL_AREAS, DEAL_REPORTED_IN, DEAL_REPORT))
                .expectResultMessagePayload(new Recorded(TECHNOLOGY_PROSPERITY_DEAL, 1));
    }

    @Test
    void onlyAreasNotYetInScopeAreRecorded() {
        fixture.given(technologyProsperityDealProposed(),
                        new ScopeAreasAdded(TECHNOLOGY_PROSPERITY_DEAL, List.of("AI", "6G"), DEAL_REPORTED_IN, DEAL_REPORT))
                .when(addScopeAreas(List.of("ai", "Quantum computing", "6g", "quantum computing ")))
                .expectEvents(new ScopeAreasAdded(TECHNOLOGY_PROSPERITY_DEAL, List.of("Quantum computing"),
                        DEAL_REPORTED_IN, DEAL_REPORT));
    }

    @Test
    void cannotAddOnlyAreasAlreadyInScope() {
        fixture.given(technologyProsperityDealProposed(),
                        new ScopeAreasAdded(TECHNOLOGY_PROSPERITY_DEAL, DEAL_AREAS, DEAL_REPORTED_IN, DEAL_REPORT))
                .when(addScopeAreas(List.of("Space research")))
                .expectException(refusedWith(ErrorCode.SCOPE_AREAS_ALREADY_PRESENT));
    }

    @Test
    void cannotAddNoAreas() {
        fixture.given(technologyProsperityDealProposed())
                .when(addScopeAreas(List.of()))
                .expectException(refusedWith(ErrorCode.VALUE_REQUIRED));
    }

    @Test
    void cannotWidenTheScopeOfASuspendedAgreement() {
        fixture.given(technologyProsperityDealProposed(), suspended(TECHNOLOGY_PROSPERITY_DEAL))
                .when(addScopeAreas(DEAL_AREAS))
                .expectException(refusedWith(ErrorCode.AGREEMENT_SUSPENDED));
    }
}
