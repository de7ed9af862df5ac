package org.cxlens.sample;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.cxlens.domain.MomentType;
import org.cxlens.domain.Scale;
import org.cxlens.domain.TouchpointSpec;

/**
 * The touchpoints of a synthetic customer journey, in journey order. Delivery, Installation and
 * Customer service carry clearly larger driver weights than the rest, so that driver analysis has
 * something to find; Installation is the best touchpoint, Delivery and Invoice the weakest, and
 * Delivery and Invoice improve in the second wave.
 */
public record Journey(List<JourneyStep> steps) {

    private static final MomentType STD = MomentType.STANDARD;
    private static final MomentType TRUTH = MomentType.MOMENT_OF_TRUTH;

    private static final JourneyStep WEBSITE =
            new JourneyStep("Website", "Website", "Marketing", "Marketing", STD, 0.72, 1.0, 0.15, 0.0);
    private static final JourneyStep SHOWROOM =
            new JourneyStep("Showroom visit", "Showroombezoek", "Sales", "Verkoop", STD, 0.80, 0.8, 0.40, 0.0);
    private static final JourneyStep SALES_ADVICE =
            new JourneyStep("Sales advice", "Verkoopadvies", "Sales", "Verkoop", STD, 0.76, 1.2, 0.20, 0.0);
    private static final JourneyStep QUOTATION =
            new JourneyStep("Quotation", "Offerte", "Sales", "Verkoop", STD, 0.70, 1.0, 0.12, 0.0);
    private static final JourneyStep FINANCING =
            new JourneyStep("Financing", "Financiering", "Finance", "Financiën", STD, 0.66, 0.6, 0.40, 0.0);
    private static final JourneyStep ORDER_CONFIRMATION =
            new JourneyStep("Order confirmation", "Orderbevestiging", "Sales", "Verkoop", STD, 0.74, 0.5, 0.25, 0.0);
    private static final JourneyStep PLANNING_CALL =
            new JourneyStep("Planning call", "Planningsgesprek", "Logistics", "Logistiek", STD, 0.72, 0.7, 0.25, 0.0);
    private static final JourneyStep DELIVERY_NOTIFICATION = new JourneyStep("Delivery notification",
            "Leveringsbericht", "Logistics", "Logistiek", STD, 0.70, 0.5, 0.20, 0.0);
    private static final JourneyStep DELIVERY =
            new JourneyStep("Delivery", "Levering", "Logistics", "Logistiek", TRUTH, 0.60, 5.0, 0.10, 0.07);
    private static final JourneyStep INSTALLATION = new JourneyStep("Installation", "Installatie", "Service",
            "Service", MomentType.EXCEL, 0.86, 4.5, 0.30, 0.0);
    private static final JourneyStep MANUAL = new JourneyStep("Manual & instructions", "Handleiding & instructies",
            "Service", "Service", STD, 0.64, 0.5, 0.30, 0.0);
    private static final JourneyStep INVOICE =
            new JourneyStep("Invoice", "Factuur", "Finance", "Financiën", STD, 0.58, 1.0, 0.15, 0.06);
    private static final JourneyStep CUSTOMER_SERVICE = new JourneyStep("Customer service", "Klantenservice",
            "Service", "Service", TRUTH, 0.68, 4.0, 0.38, 0.0);
    private static final JourneyStep REPAIR =
            new JourneyStep("Repair", "Reparatie", "Service", "Service", TRUTH, 0.62, 1.0, 0.40, 0.0);
    private static final JourneyStep FOLLOW_UP_CALL =
            new JourneyStep("Follow-up call", "Nabelgesprek", "Service", "Service", STD, 0.78, 0.6, 0.35, 0.0);

    /** The touchpoints whose driver weight stands out; tests and the README refer to them. */
    public static final Set<String> STRONG_DRIVERS = Set.of("Delivery", "Installation", "Customer service");

    public Journey {
        steps = List.copyOf(steps);
    }

    /** Eight touchpoints from website to customer service. */
    public static Journey standard() {
        return new Journey(List.of(WEBSITE, SALES_ADVICE, QUOTATION, ORDER_CONFIRMATION, DELIVERY, INSTALLATION,
                INVOICE, CUSTOMER_SERVICE));
    }

    /** Seven touchpoints: the standard journey without the order confirmation. */
    public static Journey compact() {
        return new Journey(List.of(WEBSITE, SALES_ADVICE, QUOTATION, DELIVERY, INSTALLATION, INVOICE,
                CUSTOMER_SERVICE));
    }

    /** Fifteen touchpoints, for the benchmark reference data. */
    public static Journey extended() {
        return new Journey(List.of(WEBSITE, SHOWROOM, SALES_ADVICE, QUOTATION, FINANCING, ORDER_CONFIRMATION,
                PLANNING_CALL, DELIVERY_NOTIFICATION, DELIVERY, INSTALLATION, MANUAL, INVOICE, CUSTOMER_SERVICE,
                REPAIR, FOLLOW_UP_CALL));
    }

    public int size() {
        return steps.size();
    }

    public JourneyStep step(int index) {
        return steps.get(index);
    }

    /** The journey as an import would declare it, on the given scale, in journey order. */
    public List<TouchpointSpec> touchpointSpecs(Language language, Scale scale) {
        return IntStream.range(0, steps.size())
                .mapToObj(i -> {
                    JourneyStep s = steps.get(i);
                    return new TouchpointSpec(s.name(language), s.department(language), s.momentType(), i + 1, scale);
                })
                .toList();
    }
}
