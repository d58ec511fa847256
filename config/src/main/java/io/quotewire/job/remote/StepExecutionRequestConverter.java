package io.quotewire.job.remote;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.jms.support.converter.MessageConversionException;
import org.springframework.jms.support.converter.MessageConverter;

/**
 * A partition request on the wire: a text message {@code STEP_NAME STEP_EXECUTION_ID}. Plain text, not a serialized
 * Java object, so that a worker never deserializes classes it is sent over the network, and any broker client can
 * read a request.
 */
public class StepExecutionRequestConverter implements MessageConverter {

    @Override
    public Message toMessage(Object object, Session session) throws JMSException {
        if (!(object instanceof StepExecutionRequest request)) {
            throw new MessageConversionException("not a partition request: " + object);
        }
        return session.createTextMessage(request.getStepName() + " " + request.getStepExecutionId());
    }

    @Override
    public Object fromMessage(Message message) throws JMSException {
        String text = message instanceof TextMessage t ? t.getText() : null;
        String[] parts = text == null ? new String[0] : text.trim().split(" ");
        if (parts.length != 2 || !parts[1].matches("\\d{1,18}")) {
            throw new MessageConversionException("not a partition request (STEP_NAME STEP_EXECUTION_ID): " + text);
        }
        return new StepExecutionRequest(parts[0], Long.parseLong(parts[1]));
    }
}
