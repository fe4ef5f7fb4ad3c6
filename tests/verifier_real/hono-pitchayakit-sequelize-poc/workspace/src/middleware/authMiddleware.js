// excerpt of pitchayakit/hono-poc@3038a833a45a:src/middleware/authMiddleware.js
import { CognitoJwtVerifier } from 'aws-jwt-verify';

const jwtVerifier = CognitoJwtVerifier.create({
  userPoolId: process.env.COGNITO_USER_POOL_ID,
  tokenUse: 'access', // or 'id' depending on your needs
  clientId: process.env.COGNITO_CLIENT_ID,
});

async function authMiddleware(c, next) {
  try {
    // Get the authorization header
    const authHeader = c.req.header('Authorization');
    
    if (!authHeader || !authHeader.startsWith('Bearer ')) {
      return c.json({
        error: 'Unauthorized',
        message: 'Authentication required'
      }, 401);
    }
    
    // Extract the token
    const token = authHeader.split(' ')[1];

    if (!token) {
      return c.json({
        error: 'Unauthorized',
        message: 'Authentication token is missing'
      }, 401);
    }
    
    // Verify the Cognito token
    const decodedToken = await jwtVerifier.verify(token);

    // Attach the user info to the request context for use in route handlers
    c.set('user', decodedToken);
    
    // Continue to the next middleware or route handler
    return await next();
  } catch (error) {
    console.error('Authentication error:', error);
    
    // Handle different types of verification errors
    if (error.name === 'TokenExpiredError') {
      return c.json({
        error: 'Unauthorized',
        message: 'Token has expired'
      }, 401);
    }
    
    if (error.name === 'JwtInvalidClaimError') {
      return c.json({
        error: 'Unauthorized',
        message: 'Invalid token claims'
      }, 401);
    }
    
    // For other errors, return a generic authentication error
    return c.json({
      error: 'Unauthorized',
      message: 'Invalid authentication token'
    }, 401);
  }
}
