package org.balise.arms.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import org.balise.arms.qd.CompatibilityMatrix;
import org.balise.arms.qd.Distance;
import org.balise.arms.qd.DistanceType;
import org.balise.arms.qd.HazardDivision;
import org.balise.arms.qd.MixingCheck;
import org.balise.arms.qd.PermissibleNeq;
import org.balise.arms.qd.QdResult;
import org.balise.arms.qd.QuantityDistance;
import org.balise.shared.ProblemException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Quantity-distances (IATG 02.20) as an API and a calculator page. Pure calculation on what the caller gives:
 * no stored data is read, so any signed-in user may use it.
 */
@Tag(name = "Explosives safety", description = "Quantity-distances of IATG 02.20 and compatibility-group mixing")
@Controller
class QdController {

    private static final CompatibilityMatrix COMPATIBILITY = CompatibilityMatrix.shipped();

    /** A worded distance (HD 1.4) has text and no metres; a computed one metres and no text: never a null. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DistanceView(String type, String label, Integer metres, String formula, String source, String text) {

        static DistanceView of(Distance distance) {
            return new DistanceView(distance.type().name(), distance.type().label(), distance.metres(), distance.formula(),
                    distance.source(), distance.text());
        }
    }

    record QdView(double neqKg, String hazardDivision, List<DistanceView> distances, List<String> notes) {

        static QdView of(QdResult result) {
            return new QdView(result.neqKg(), result.hazardDivision().code(),
                    result.distances().stream().map(DistanceView::of).toList(), result.notes());
        }
    }

    record PermissibleView(String hazardDivision, String type, double metres, long neqKg, String formula, String source,
            List<String> notes) {

        static PermissibleView of(PermissibleNeq neq) {
            return new PermissibleView(neq.hazardDivision().code(), neq.type().name(), neq.metres(), neq.neqKg(), neq.formula(),
                    neq.source(), neq.notes());
        }
    }

    @Operation(summary = "Required distances for a net explosive quantity (kg) of a hazard division "
            + "(1.1, 1.2.1, 1.2.2, 1.3, 1.3.1, 1.3.2, 1.4, 1.5), each with its formula and clause")
    @GetMapping("/api/v1/qd")
    @ResponseBody
    QdView distances(@RequestParam(required = false) String neq, @RequestParam(required = false) String hd) {
        return QdView.of(QuantityDistance.distances(HazardDivision.parse(hd), number(neq, "neq")));
    }

    @Operation(summary = "The largest NEQ (kg, rounded down) a distance of one type permits for a hazard division")
    @GetMapping("/api/v1/qd/permissible")
    @ResponseBody
    PermissibleView permissible(@RequestParam(required = false) String hd, @RequestParam(required = false) String type,
            @RequestParam(required = false) String metres) {
        return PermissibleView.of(QuantityDistance.permissibleNeq(HazardDivision.parse(hd), distanceType(type),
                number(metres, "metres")));
    }

    @Operation(summary = "Whether compatibility groups may be stored together (groups=D,E,S); unverified pairs are warnings")
    @GetMapping("/api/v1/qd/compatibility")
    @ResponseBody
    MixingCheck compatibility(@RequestParam(required = false) String groups) {
        return COMPATIBILITY.check(groups == null ? List.of() : Arrays.stream(groups.split(",")).filter(g -> !g.isBlank()).toList());
    }

    @GetMapping("/arms/qd")
    String page(@RequestParam(required = false) String neq, @RequestParam(required = false) String hd,
            @RequestParam(required = false) String type, @RequestParam(required = false) String metres, Model model) {
        model.addAttribute("divisions", Arrays.stream(HazardDivision.values()).filter(d -> d != HazardDivision.HD_1_6).toList());
        model.addAttribute("types", DistanceType.values());
        model.addAttribute("entered", new java.util.HashMap<>(java.util.Map.of("neq", neq == null ? "" : neq, "hd", hd == null ? "1.1" : hd,
                "type", type == null ? "IBD" : type, "metres", metres == null ? "" : metres)));
        try {
            if (neq != null && !neq.isBlank()) {
                model.addAttribute("result", QdView.of(QuantityDistance.distances(HazardDivision.parse(hd), number(neq, "neq"))));
            }
            if (metres != null && !metres.isBlank()) {
                model.addAttribute("permissible", PermissibleView.of(QuantityDistance.permissibleNeq(HazardDivision.parse(hd),
                        distanceType(type), number(metres, "metres"))));
            }
        } catch (ProblemException e) {
            model.addAttribute("problem", e);
        }
        return "arms/qd";
    }

    private static double number(String text, String field) {
        if (text == null || text.isBlank()) {
            throw ProblemException.invalid(field, "required", field + " is required");
        }
        try {
            return Double.parseDouble(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(field, "invalid-number", field + " must be a number, not '" + text.strip() + "'");
        }
    }

    private static DistanceType distanceType(String text) {
        try {
            return DistanceType.valueOf(text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("type", "unknown-distance-type", "type is one of " + Arrays.toString(DistanceType.values()));
        }
    }
}
