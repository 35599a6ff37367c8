package io.warrantycare.notification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.web.util.HtmlUtils;

/**
 * Turns a delivery log entry into the customer's message in their language: plain text and HTML (right to left for
 * Arabic), every value HTML-escaped in the HTML part, the coverage end formatted the way the language writes dates.
 * A kind may have its own greeting and footer ({@code <KIND>.greeting}, {@code <KIND>.footer}).
 */
final class MessageRenderer {

    static final String GENERIC_REASON = "GENERIC";

    private final Templates templates;
    private final BrandNames brandNames;

    MessageRenderer(Templates templates, BrandNames brandNames) {
        this.templates = templates;
        this.brandNames = brandNames;
    }

    /** One line of a paragraph: a template key and whether it is emphasised in the HTML part. */
    private record Line(String key, boolean strong) {
    }

    RenderedMessage render(Delivery delivery) {
        Language language = Language.resolve(delivery.language());
        Map<String, String> values = new HashMap<>();
        values.put("givenName", delivery.givenName());
        values.put("ni", delivery.ni() == null ? "" : delivery.ni());
        values.put("brand", brandNames.display(delivery.brand()));
        if (delivery.coverageEnd() != null) {
            values.put("coverageEnd", language.dateFormat().format(LocalDate.parse(delivery.coverageEnd())));
        }
        List<List<Line>> paragraphs = paragraphs(delivery, values);
        String subject = Templates.fill(templates.text(language, "subject." + delivery.kind().name()), values, Function.identity());
        String footer = templates.text(language, ownOrCommon(delivery.kind(), "footer"));
        String text = paragraphs.stream()
                .map(lines -> lines.stream()
                        .map(line -> Templates.fill(templates.text(language, line.key()), values, Function.identity()))
                        .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n\n"))
                + "\n\n-- \n" + Templates.fill(footer, values, Function.identity()) + "\n";
        return new RenderedMessage(subject, text, html(language, subject, paragraphs, values, footer), language);
    }

    private String ownOrCommon(MessageKind kind, String key) {
        String own = kind.name() + "." + key;
        return templates.has(own) ? own : key;
    }

    private List<List<Line>> paragraphs(Delivery delivery, Map<String, String> values) {
        if (delivery.kind() == MessageKind.WITHDRAWAL_CONFIRMATION) {
            return withdrawalConfirmation();
        }
        List<List<Line>> paragraphs = new ArrayList<>();
        paragraphs.add(List.of(new Line(values.get("givenName") == null ? "greeting.anonymous" : "greeting", false)));
        String kind = delivery.kind().name();
        List<Line> body = new ArrayList<>();
        body.add(new Line(kind + ".body", false));
        if (delivery.kind() != MessageKind.REJECTED && values.containsKey("coverageEnd")) {
            body.add(new Line(kind + ".coverage", true));
        }
        paragraphs.add(body);
        if (delivery.kind() == MessageKind.REJECTED) {
            String reason = delivery.reason() != null && templates.has("reason." + delivery.reason())
                    ? delivery.reason() : GENERIC_REASON;
            paragraphs.add(List.of(new Line("reason." + reason, false)));
            paragraphs.add(List.of(new Line("REJECTED.whatToDo", true), new Line("action." + reason, false)));
        }
        paragraphs.add(List.of(new Line("closing", false), new Line("signature", false)));
        return paragraphs;
    }

    /**
     * The same text for a known and an unknown address: the mail must not tell whoever reads it whether the address
     * belongs to a customer, hence a greeting without "customer" and the conditional sentence.
     */
    private static List<List<Line>> withdrawalConfirmation() {
        String kind = MessageKind.WITHDRAWAL_CONFIRMATION.name();
        return List.of(
                List.of(new Line(kind + ".greeting", false)),
                List.of(new Line(kind + ".body", false)),
                List.of(new Line(kind + ".unchanged", true)),
                List.of(new Line("closing", false), new Line("signature", false)));
    }

    private String html(Language language, String subject, List<List<Line>> paragraphs, Map<String, String> values,
            String footer) {
        Map<String, String> escaped = new HashMap<>();
        values.forEach((name, value) -> escaped.put(name, value == null ? null : escape(value)));
        String direction = language.rightToLeft() ? "rtl" : "ltr";
        String align = language.rightToLeft() ? "right" : "left";
        StringBuilder html = new StringBuilder()
                .append("<!DOCTYPE html>\n<html lang=\"").append(language.tag()).append("\" dir=\"").append(direction).append("\">\n")
                .append("<head><meta charset=\"UTF-8\"><title>").append(escape(subject)).append("</title></head>\n")
                .append("<body dir=\"").append(direction).append("\" style=\"font-family: Helvetica, Arial, sans-serif; ")
                .append("font-size: 15px; line-height: 1.5; color: #222; text-align: ").append(align).append(";\">\n");
        for (List<Line> paragraph : paragraphs) {
            html.append("<p>");
            for (int i = 0; i < paragraph.size(); i++) {
                Line line = paragraph.get(i);
                String text = Templates.fill(templates.text(language, line.key()), escaped, MessageRenderer::escape);
                if (i > 0) {
                    html.append("<br>");
                }
                html.append(line.strong() ? "<strong>" + text + "</strong>" : text);
            }
            html.append("</p>\n");
        }
        html.append("<hr style=\"border: none; border-top: 1px solid #ddd;\">\n")
                .append("<p style=\"font-size: 12px; color: #777;\">")
                .append(Templates.fill(footer, escaped, MessageRenderer::escape))
                .append("</p>\n</body>\n</html>\n");
        return html.toString();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
