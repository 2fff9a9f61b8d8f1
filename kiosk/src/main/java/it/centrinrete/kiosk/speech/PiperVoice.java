package it.centrinrete.kiosk.speech;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A Piper voice: its model file and the rate of the samples it makes. Piper's raw output has no header, so the rate
 * comes from the voice's sidecar {@code <model>.onnx.json} (field {@code audio.sample_rate}), the file Piper itself
 * reads beside the model.
 *
 * @param model      the {@code .onnx} file, e.g. {@code it_IT-paola-medium.onnx}
 * @param sampleRate samples per second of Piper's 16-bit mono output
 */
public record PiperVoice(Path model, int sampleRate) {

    /** What Piper uses when the sidecar names no rate; its "medium" voices have it too. */
    static final int DEFAULT_SAMPLE_RATE = 22_050;

    private static final ObjectMapper JSON = new ObjectMapper();

    public PiperVoice {
        if (model == null || sampleRate <= 0) {
            throw new IllegalArgumentException("a Piper voice needs its model and a positive sample rate, not " + model + " at "
                + sampleRate + " Hz");
        }
    }

    /**
     * The voice of a model, its rate read from the sidecar. A sidecar that names no {@code audio.sample_rate} means
     * {@value #DEFAULT_SAMPLE_RATE}, as Piper reads it. A missing or malformed sidecar, or a rate that is not a positive
     * whole number, is an error naming the file rather than a guess: Piper refuses such a voice as well, and a wrong rate
     * would play every answer at the wrong pitch and speed.
     *
     * @throws IllegalArgumentException naming the sidecar and what is wrong with it
     */
    public static PiperVoice of(Path model) {
        Path sidecar = sidecar(model);
        JsonNode root;
        try {
            root = JSON.readTree(sidecar.toFile());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(sidecar + " is not valid JSON (" + e.getOriginalMessage() + ")", e);
        } catch (IOException e) {
            throw new IllegalArgumentException(sidecar + ", the voice's settings beside the model, cannot be read: " + e, e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(sidecar + " is not a Piper voice's settings: a JSON object was expected");
        }
        JsonNode rate = root.path("audio").path("sample_rate");
        if (rate.isMissingNode() || rate.isNull()) {
            return new PiperVoice(model, DEFAULT_SAMPLE_RATE);
        }
        if (!rate.isIntegralNumber() || !rate.canConvertToInt() || rate.intValue() <= 0) {
            throw new IllegalArgumentException(sidecar + ": audio.sample_rate must be a positive whole number of samples per second, not "
                + rate);
        }
        return new PiperVoice(model, rate.intValue());
    }

    /** {@code it_IT-paola-medium.onnx} → {@code it_IT-paola-medium.onnx.json}, beside it. */
    static Path sidecar(Path model) {
        return model.resolveSibling(model.getFileName() + ".json");
    }

    /** What Piper writes with {@code --output_raw}: 16-bit little-endian mono at the voice's rate. */
    WavAudio.Format format() {
        return new WavAudio.Format(sampleRate, 1, 16);
    }
}
