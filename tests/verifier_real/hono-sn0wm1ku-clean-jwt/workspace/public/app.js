// excerpt of https://github.com/sn0wm1ku/hono-clean-jwt-example@566c95f520ef:public/app.js
const showResult = (elementId, content, isError = false) => {
    const resultDiv = document.getElementById(elementId);
    resultDiv.innerHTML = `<p class="${isError ? 'error' : 'success'}">${content}</p>`;
};

const apiCall = async (url, options = {}) => {
    try {
        const response = await fetch(url, {
            credentials: 'include', // Include cookies in requests
            headers: {
                'Content-Type': 'application/json',
                ...options.headers
            },
            ...options
        });
        
        // Handle different response types
        let data;
        const contentType = response.headers.get('content-type');
        
        if (contentType && contentType.includes('application/json')) {
            data = await response.json();
        } else {
            // Handle non-JSON responses (like HTML error pages)
            const text = await response.text();
            data = { error: `Server error: ${response.status} ${response.statusText}` };
        }
        
        return { response, data };
    } catch (error) {
        throw new Error(`Request failed: ${error.message}`);
    }
};

const testProtectedRoute = async () => {
    try {
        const { response, data } = await apiCall('/user/protected');
        
        if (response.ok) {
            showResult('protectedResult', 
                'Protected route accessed successfully!<pre>' + 
                JSON.stringify(data, null, 2) + '</pre>'
            );
        } else if (response.status === 401) {
            showResult('protectedResult', 'Authentication required. Please login first.', true);
        } else {
            showResult('protectedResult', data.error || `Error: ${response.status} ${response.statusText}`, true);
        }
    } catch (error) {
        showResult('protectedResult', error.message, true);
    }
};

const testProfileRoute = async () => {
    try {
        const { response, data } = await apiCall('/user/profile');
        
        if (response.ok) {
            showResult('profileResult', 
                'Profile accessed successfully!<pre>' + 
                JSON.stringify(data, null, 2) + '</pre>'
            );
        } else if (response.status === 401) {
            showResult('profileResult', 'Authentication required. Please login first.', true);
        } else {
            showResult('profileResult', data.error || `Error: ${response.status} ${response.statusText}`, true);
        }
    } catch (error) {
        showResult('profileResult', error.message, true);
    }
};

const testTokenVerification = async () => {
    try {
        // For cookie auth, we'll test by accessing a protected route
        // Since we can't access the HttpOnly cookie from JavaScript
        const { response, data } = await apiCall('/user/protected');
        
        if (response.ok) {
            showResult('verifyResult', 
                'Cookie authentication is valid!<pre>' + 
                JSON.stringify(data, null, 2) + '</pre>'
            );
        } else if (response.status === 401) {
            showResult('verifyResult', 'Cookie authentication failed. Please login.', true);
        } else {
            showResult('verifyResult', data.error || `Error: ${response.status} ${response.statusText}`, true);
        }
    } catch (error) {
        showResult('verifyResult', error.message, true);
    }
};
